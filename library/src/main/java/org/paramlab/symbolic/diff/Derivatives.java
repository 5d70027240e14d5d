package org.paramlab.symbolic.diff;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprMatrix;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derivatives of expressions: single and repeated derivatives, gradients, dense and sparse
 * Jacobians and Hessians, all through one memoising {@link Differentiator} per call so shared
 * subterms are differentiated once.
 *
 * <pre>{@code
 * Sym x = Sym.of("x"), y = Sym.of("y");
 * Expr f = ExprParser.parse("x^2*y + sin(x*y)");
 * Derivatives.diff(f, x);                          // 2*x*y + y*cos(x*y)
 * Derivatives.hessian(f, List.of(x, y));           // 2x2 ExprMatrix
 * Derivatives.sparseJacobian(List.of(f, x), List.of(x, y)).pattern().picture();
 * }</pre>
 */
public final class Derivatives {
    private Derivatives() {}

    /** ∂e/∂x. */
    public static Expr diff(Expr e, Sym x) {
        return new Differentiator().diff(e, x);
    }

    /**
     * ∂ⁿe/∂xⁿ.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Expr diff(Expr e, Sym x, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Derivative order must be ≥ 0, found " + n);
        }
        Differentiator d = new Differentiator();
        for (int i = 0; i < n && !e.isZero(); i++) {
            e = d.diff(e, x);
        }
        return e;
    }

    /** (∂e/∂x₁, …, ∂e/∂xₙ). */
    public static List<Expr> gradient(Expr e, List<Sym> vars) {
        Differentiator d = new Differentiator();
        List<Expr> out = new ArrayList<>(vars.size());
        for (Sym x : vars) {
            out.add(d.diff(e, x));
        }
        return out;
    }

    /** The m × n matrix J[i][j] = ∂fᵢ/∂xⱼ. */
    public static ExprMatrix jacobian(List<? extends Expr> fs, List<Sym> vars) {
        Differentiator d = new Differentiator();
        Expr[] e = new Expr[fs.size() * vars.size()];
        for (int i = 0; i < fs.size(); i++) {
            for (int j = 0; j < vars.size(); j++) {
                e[i * vars.size() + j] = d.diff(fs.get(i), vars.get(j));
            }
        }
        return ExprMatrix.ofRowMajor(fs.size(), vars.size(), e);
    }

    /**
     * The Jacobian with only its non-zeros: for each fᵢ only the variables it contains are
     * differentiated, and symbolic zeros are left out of the pattern. Suits large sparse systems
     * such as a discretised PDE, where each equation touches a few neighbours.
     *
     * @throws IllegalArgumentException if a variable is listed twice
     */
    public static SparseJacobian sparseJacobian(List<? extends Expr> fs, List<Sym> vars) {
        Map<Sym, Integer> column = new HashMap<>();
        for (int j = 0; j < vars.size(); j++) {
            if (column.put(vars.get(j), j) != null) {
                throw new IllegalArgumentException(
                        "Variable " + vars.get(j) + " is listed twice in " + vars);
            }
        }
        Differentiator d = new Differentiator();
        int[] rowStart = new int[fs.size() + 1];
        List<Integer> cols = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            Expr f = fs.get(i);
            Set<Sym> free = ExprWalk.freeSymbols(f);
            List<Integer> js = new ArrayList<>();
            for (Sym s : free) {
                Integer j = column.get(s);
                if (j != null) {
                    js.add(j);
                }
            }
            js.sort(null);
            for (int j : js) {
                Expr v = d.diff(f, vars.get(j));
                if (!v.isZero()) {
                    cols.add(j);
                    values.add(v);
                }
            }
            rowStart[i + 1] = cols.size();
        }
        int[] colIndex = cols.stream().mapToInt(Integer::intValue).toArray();
        return new SparseJacobian(
                new SparsityPattern(fs.size(), vars.size(), rowStart, colIndex), values);
    }

    /** The symmetric matrix H[i][j] = ∂²e/∂xᵢ∂xⱼ (each pair differentiated once). */
    public static ExprMatrix hessian(Expr e, List<Sym> vars) {
        Differentiator d = new Differentiator();
        int n = vars.size();
        Expr[] h = new Expr[n * n];
        for (int i = 0; i < n; i++) {
            Expr gi = d.diff(e, vars.get(i));
            for (int j = i; j < n; j++) {
                Expr v = gi.isZero() ? Num.ZERO : d.diff(gi, vars.get(j));
                h[i * n + j] = v;
                h[j * n + i] = v;
            }
        }
        return ExprMatrix.ofRowMajor(n, n, h);
    }
}
