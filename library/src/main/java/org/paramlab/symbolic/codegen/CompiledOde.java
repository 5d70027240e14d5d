package org.paramlab.symbolic.codegen;

import org.paramlab.dynamics.ode.JacobianSolver;
import org.paramlab.dynamics.ode.OdeSystem;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.diff.Derivatives;
import org.paramlab.symbolic.diff.SparseJacobian;
import org.paramlab.symbolic.diff.SparsityPattern;

import java.util.List;

/**
 * An autonomous ODE y' = f(y) given symbolically, compiled for a stiff solver: the right-hand side
 * and the non-zeros of its sparse Jacobian ({@link Derivatives#sparseJacobian}) are each compiled
 * to bytecode, and offered as an {@link OdeSystem} and a sparse {@link JacobianSolver} for {@link
 * org.paramlab.dynamics.ode.RosenbrockSolver}.
 *
 * <pre>{@code
 * TracedFunction f = Tracer.trace(model::rhs, n, n);
 * CompiledOde ode = CompiledOde.of(f.outputs(), f.inputs());
 * new RosenbrockSolver(RosenbrockConfig.defaults())
 *         .solve(ode.system(), ode.sparseJacobian(), 0, y0, 10);
 * }</pre>
 */
public final class CompiledOde {
    private final List<Sym> state;
    private final CompiledFunction rhs;
    private final SparseJacobian jacobian;
    private final CompiledFunction jacobianValues;

    private CompiledOde(
            List<Sym> state,
            CompiledFunction rhs,
            SparseJacobian jacobian,
            CompiledFunction values) {
        this.state = state;
        this.rhs = rhs;
        this.jacobian = jacobian;
        this.jacobianValues = values;
    }

    /**
     * Compiles y' = f(y) for the state symbols {@code state}.
     *
     * @throws IllegalArgumentException if there is not one expression per state symbol, or an
     *     expression has a symbol that is not a state symbol
     */
    public static CompiledOde of(List<? extends Expr> f, List<Sym> state) {
        if (f.size() != state.size()) {
            throw new IllegalArgumentException(
                    "An ODE needs one right-hand side per state variable: "
                            + f.size()
                            + " expressions for "
                            + state.size()
                            + " variables");
        }
        SparseJacobian j = Derivatives.sparseJacobian(f, state);
        return new CompiledOde(
                List.copyOf(state),
                ExprCompiler.compile(f, state),
                j,
                ExprCompiler.compile(j.values(), state));
    }

    /** The state symbols, in the order of the state vector. */
    public List<Sym> state() {
        return state;
    }

    /** The compiled right-hand side. */
    public CompiledFunction rhs() {
        return rhs;
    }

    /** The symbolic sparse Jacobian. */
    public SparseJacobian jacobian() {
        return jacobian;
    }

    /** The compiled non-zeros of the Jacobian, in the pattern's CSR order. */
    public CompiledFunction jacobianValues() {
        return jacobianValues;
    }

    /** The system y' = f(y) (t is ignored). */
    public OdeSystem system() {
        return OdeSystem.of(state.size(), (t, y, dy) -> rhs.apply(y, dy));
    }

    /**
     * A sparse Jacobian solver (band LU after reverse Cuthill–McKee) over the generated pattern.
     */
    public JacobianSolver sparseJacobian() {
        SparsityPattern p = jacobian.pattern();
        return JacobianSolver.sparse(
                state.size(), p.rowStart(), p.colIndex(), (t, y, v) -> jacobianValues.apply(y, v));
    }

    /** A dense Jacobian solver filled from the generated non-zeros (for small systems). */
    public JacobianSolver denseJacobian() {
        SparsityPattern p = jacobian.pattern();
        int[] rowStart = p.rowStart();
        int[] colIndex = p.colIndex();
        double[] v = new double[colIndex.length];
        return JacobianSolver.dense(
                state.size(),
                (t, y, jac) -> {
                    jacobianValues.apply(y, v);
                    for (double[] row : jac) {
                        java.util.Arrays.fill(row, 0);
                    }
                    for (int r = 0; r < rowStart.length - 1; r++) {
                        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                            jac[r][colIndex[k]] = v[k];
                        }
                    }
                });
    }
}
