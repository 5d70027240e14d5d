package org.paramlab.symbolic.diff;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic differentiation memoised over the expression DAG: each distinct subterm is
 * differentiated once per variable, and the cache lives as long as this object, so the rows of a
 * Jacobian share the work on common subterms. Rules: linearity over sums, the product rule over
 * canonical products (∂(c·Πfᵢ) = c·Σᵢ ∂fᵢ·Π_{j≠i} fⱼ), the power rule in general form ∂(bᵉ) =
 * bᵉ·(∂e·log b + e·∂b/b) with its constant-exponent and constant-base special cases, and the chain
 * rule through each function's {@link org.paramlab.symbolic.Op#partial}.
 *
 * <p>Not thread-safe; use one per thread. For one-off derivatives use {@link Derivatives}.
 */
public final class Differentiator {
    private final Map<Sym, IdentityHashMap<Expr, Expr>> derivative = new HashMap<>();
    private final Map<Sym, IdentityHashMap<Expr, Boolean>> depends = new HashMap<>();

    /** A differentiator with empty caches. */
    public Differentiator() {}

    /**
     * ∂e/∂x.
     *
     * @throws IllegalArgumentException if {@code e} calls a user function without partials
     */
    public Expr diff(Expr e, Sym x) {
        return d(
                e,
                x,
                derivative.computeIfAbsent(x, k -> new IdentityHashMap<>()),
                depends.computeIfAbsent(x, k -> new IdentityHashMap<>()));
    }

    /** True when {@code e} contains the symbol {@code x} (memoised). */
    public boolean dependsOn(Expr e, Sym x) {
        return dep(e, x, depends.computeIfAbsent(x, k -> new IdentityHashMap<>()));
    }

    private static boolean dep(Expr e, Sym x, IdentityHashMap<Expr, Boolean> memo) {
        if (e == x) {
            return true;
        }
        if (e.isAtom()) {
            return false;
        }
        Boolean known = memo.get(e);
        if (known != null) {
            return known;
        }
        boolean r = false;
        for (Expr a : e.args()) {
            if (dep(a, x, memo)) {
                r = true;
                break;
            }
        }
        memo.put(e, r);
        return r;
    }

    private Expr d(
            Expr e, Sym x, IdentityHashMap<Expr, Expr> memo, IdentityHashMap<Expr, Boolean> dmemo) {
        if (e == x) {
            return Num.ONE;
        }
        if (!dep(e, x, dmemo)) {
            return Num.ZERO;
        }
        Expr done = memo.get(e);
        if (done != null) {
            return done;
        }
        Expr r;
        if (e instanceof Add) {
            Add a = (Add) e;
            List<Expr> parts = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                Expr dt = d(a.term(i), x, memo, dmemo);
                if (!dt.isZero()) {
                    parts.add(Mul.of(a.coefficient(i), dt));
                }
            }
            r = Add.of(parts);
        } else if (e instanceof Mul) {
            Mul m = (Mul) e;
            List<Expr> parts = new ArrayList<>(m.size());
            for (int i = 0; i < m.size(); i++) {
                Expr f = m.factor(i);
                if (dep(f, x, dmemo)) {
                    parts.add(Mul.of(m.withoutFactor(i), d(f, x, memo, dmemo)));
                }
            }
            r = Add.of(parts);
        } else if (e instanceof Pow) {
            r = power((Pow) e, x, memo, dmemo);
        } else {
            List<Expr> args = e.args();
            List<Expr> parts = new ArrayList<>(args.size());
            for (int i = 0; i < args.size(); i++) {
                if (dep(args.get(i), x, dmemo)) {
                    Expr da = d(args.get(i), x, memo, dmemo);
                    parts.add(Mul.of(e.op().partial(i, args), da));
                }
            }
            r = Add.of(parts);
        }
        memo.put(e, r);
        return r;
    }

    private Expr power(
            Pow p, Sym x, IdentityHashMap<Expr, Expr> memo, IdentityHashMap<Expr, Boolean> dmemo) {
        Expr b = p.base();
        Expr e = p.exponent();
        boolean db = dep(b, x, dmemo);
        boolean de = dep(e, x, dmemo);
        if (!de) {
            // e·b^(e−1)·∂b
            return Mul.of(e, Pow.of(b, e.minus(1)), d(b, x, memo, dmemo));
        }
        if (!db) {
            // bᵉ·log b·∂e
            return Mul.of(p, Expr.log(b), d(e, x, memo, dmemo));
        }
        Expr inner =
                Add.of(
                        Mul.of(d(e, x, memo, dmemo), Expr.log(b)),
                        Mul.of(e, d(b, x, memo, dmemo), Pow.of(b, Num.MINUS_ONE)));
        return Mul.of(p, inner);
    }
}
