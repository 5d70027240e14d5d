package org.paramlab.dynamics.ode;

/**
 * The Jacobian J = ∂f/∂y of an {@link OdeSystem} and the linear solves with W = σI − J that an
 * implicit or Rosenbrock step needs. Evaluate J once per step ({@link #evaluate}), factor W for
 * each trial step size ({@link #factor}), then {@link #solve} as often as the method has stages.
 *
 * <p>Three storage schemes: {@link #dense} (J from a function, LU with partial pivoting, O(n³) per
 * factorisation), {@link #finiteDifference} (dense J from n extra evaluations of f: what one writes
 * without a Jacobian) and {@link #sparse} (J's non-zeros from a function over a fixed pattern, such
 * as a generated sparse Jacobian, reordered by reverse Cuthill–McKee and factored as a band:
 * O(n·b²) for bandwidth b).
 */
public interface JacobianSolver {
    /** A dense Jacobian as a function. */
    @FunctionalInterface
    interface DenseJacobian {
        /** Writes ∂fᵢ/∂yⱼ at (t, y) into {@code j[i][j]} (every entry). */
        void jacobian(double t, double[] y, double[][] j);
    }

    /** The non-zero values of a sparse Jacobian as a function. */
    @FunctionalInterface
    interface SparseValues {
        /** Writes the non-zeros at (t, y), in the pattern's CSR order, into {@code values}. */
        void values(double t, double[] y, double[] values);
    }

    /** The dimension n. */
    int dimension();

    /** Evaluates J at (t, y). */
    void evaluate(double t, double[] y);

    /**
     * Factors W = σI − J for the last evaluated J.
     *
     * @throws IllegalStateException if W is singular or no J was evaluated
     */
    void factor(double sigma);

    /** Overwrites {@code b} with W⁻¹b. */
    void solve(double[] b);

    /** The number of Jacobian evaluations so far. */
    int evaluations();

    /** The number of factorisations so far. */
    int factorizations();

    /** Dense J from {@code j}, for a system of dimension n. */
    static JacobianSolver dense(int n, DenseJacobian j) {
        return new DenseJacobianSolver(n, j);
    }

    /**
     * Dense J by forward differences of f (n evaluations of f per Jacobian, step √ε·max(|yⱼ|, 1)).
     */
    static JacobianSolver finiteDifference(OdeSystem f) {
        int n = f.dimension();
        double[] f0 = new double[n];
        double[] f1 = new double[n];
        return new DenseJacobianSolver(
                n,
                (t, y, jac) -> {
                    double[] yy = y.clone();
                    f.rhs(t, y, f0);
                    for (int c = 0; c < n; c++) {
                        double h = 1.4901161193847656e-8 * Math.max(Math.abs(y[c]), 1);
                        yy[c] = y[c] + h;
                        f.rhs(t, yy, f1);
                        yy[c] = y[c];
                        for (int r = 0; r < n; r++) {
                            jac[r][c] = (f1[r] - f0[r]) / h;
                        }
                    }
                });
    }

    /**
     * Sparse J with non-zeros at {@code colIndex[rowStart[i] … rowStart[i+1])} of each row i
     * (compressed sparse rows), values from {@code values}.
     *
     * @throws IllegalArgumentException if the arrays do not describe an n × n pattern
     */
    static JacobianSolver sparse(int n, int[] rowStart, int[] colIndex, SparseValues values) {
        return new BandedJacobianSolver(n, rowStart, colIndex, values);
    }
}
