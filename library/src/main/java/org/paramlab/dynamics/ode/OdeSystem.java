package org.paramlab.dynamics.ode;

/**
 * A system of ordinary differential equations y' = f(t, y) of a fixed dimension.
 *
 * <pre>{@code
 * OdeSystem decay = OdeSystem.of(1, (t, y, dy) -> dy[0] = -y[0]);
 * }</pre>
 */
public interface OdeSystem {
    /** The right-hand side as a function. */
    @FunctionalInterface
    interface Rhs {
        /** Writes f(t, y) into {@code dydt}. */
        void rhs(double t, double[] y, double[] dydt);
    }

    /** The number of equations n. */
    int dimension();

    /** Writes f(t, y) into {@code dydt} (both of length n; {@code y} must not be changed). */
    void rhs(double t, double[] y, double[] dydt);

    /**
     * True when f does not depend on t; a Rosenbrock step then needs no ∂f/∂t (default true, the
     * usual case for reaction networks and discretised PDEs).
     */
    default boolean autonomous() {
        return true;
    }

    /**
     * An autonomous system of dimension n from a lambda.
     *
     * @throws IllegalArgumentException if n < 1
     */
    static OdeSystem of(int n, Rhs f) {
        if (n < 1) {
            throw new IllegalArgumentException("An ODE system needs dimension ≥ 1, found " + n);
        }
        return new OdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void rhs(double t, double[] y, double[] dydt) {
                f.rhs(t, y, dydt);
            }
        };
    }
}
