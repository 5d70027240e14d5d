package org.paramlab.dynamics.ode;

/** {@link JacobianSolver} with a dense J and LU factorisation with partial pivoting. */
final class DenseJacobianSolver implements JacobianSolver {
    private final int n;
    private final DenseJacobian fn;
    private final double[][] j;
    private final double[][] lu;
    private final int[] pivot;
    private boolean evaluated;
    private int evaluations;
    private int factorizations;

    DenseJacobianSolver(int n, DenseJacobian fn) {
        if (n < 1) {
            throw new IllegalArgumentException("Dimension must be ≥ 1, found " + n);
        }
        this.n = n;
        this.fn = fn;
        this.j = new double[n][n];
        this.lu = new double[n][n];
        this.pivot = new int[n];
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void evaluate(double t, double[] y) {
        fn.jacobian(t, y, j);
        evaluated = true;
        evaluations++;
    }

    @Override
    public void factor(double sigma) {
        if (!evaluated) {
            throw new IllegalStateException("Call evaluate(t, y) before factor(sigma)");
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                lu[r][c] = -j[r][c];
            }
            lu[r][r] += sigma;
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                    p = i;
                }
            }
            if (lu[p][k] == 0) {
                throw new IllegalStateException(
                        "W = σI − J is singular at column " + k + " (σ = " + sigma + ")");
            }
            pivot[k] = p;
            double[] tmp = lu[k];
            lu[k] = lu[p];
            lu[p] = tmp;
            double d = lu[k][k];
            for (int i = k + 1; i < n; i++) {
                double l = lu[i][k] / d;
                lu[i][k] = l;
                if (l != 0) {
                    double[] ri = lu[i];
                    double[] rk = lu[k];
                    for (int c = k + 1; c < n; c++) {
                        ri[c] -= l * rk[c];
                    }
                }
            }
        }
        factorizations++;
    }

    @Override
    public void solve(double[] b) {
        for (int k = 0; k < n; k++) { // whole rows were swapped: permute b first (PA = LU)
            int p = pivot[k];
            double t = b[k];
            b[k] = b[p];
            b[p] = t;
        }
        for (int k = 0; k < n; k++) {
            double bk = b[k];
            if (bk != 0) {
                for (int i = k + 1; i < n; i++) {
                    b[i] -= lu[i][k] * bk;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = b[k];
            for (int c = k + 1; c < n; c++) {
                s -= lu[k][c] * b[c];
            }
            b[k] = s / lu[k][k];
        }
    }

    @Override
    public int evaluations() {
        return evaluations;
    }

    @Override
    public int factorizations() {
        return factorizations;
    }
}
