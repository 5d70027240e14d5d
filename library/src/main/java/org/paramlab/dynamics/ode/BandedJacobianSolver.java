package org.paramlab.dynamics.ode;

import java.util.Arrays;

/**
 * {@link JacobianSolver} for a sparse J: the pattern is reordered by reverse Cuthill–McKee ({@link
 * CuthillMcKee}) to a small bandwidth, and W = σI − J is factored as a band matrix with partial
 * pivoting (as LAPACK's {@code dgbtrf}: the upper bandwidth grows by the lower one).
 */
final class BandedJacobianSolver implements JacobianSolver {
    private final int n;
    private final int[] rowStart;
    private final int[] colIndex;
    private final SparseValues fn;
    private final double[] values;

    /** perm[new] = old, inv[old] = new. */
    private final int[] perm;

    private final int[] inv;
    private final int kl;
    private final int ku;
    private final int width;

    /** band[i][j − i + kl] = W'(i, j) in the new order. */
    private final double[][] band;

    private final int[] pivot;
    private final double[] work;
    private boolean evaluated;
    private int evaluations;
    private int factorizations;

    BandedJacobianSolver(int n, int[] rowStart, int[] colIndex, SparseValues fn) {
        if (n < 1 || rowStart.length != n + 1 || rowStart[n] != colIndex.length) {
            throw new IllegalArgumentException(
                    "A sparse n × n pattern needs rowStart of length n + 1 = "
                            + (n + 1)
                            + " ending at colIndex.length; found n = "
                            + n
                            + ", rowStart.length = "
                            + rowStart.length);
        }
        for (int c : colIndex) {
            if (c < 0 || c >= n) {
                throw new IllegalArgumentException("Column index " + c + " outside [0, " + n + ")");
            }
        }
        this.n = n;
        this.rowStart = rowStart.clone();
        this.colIndex = colIndex.clone();
        this.fn = fn;
        this.values = new double[colIndex.length];
        this.perm = CuthillMcKee.reverseOrder(n, rowStart, colIndex);
        this.inv = new int[n];
        for (int i = 0; i < n; i++) {
            inv[perm[i]] = i;
        }
        int lower = 0;
        int upper = 0;
        for (int r = 0; r < n; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int d = inv[colIndex[k]] - inv[r];
                lower = Math.max(lower, -d);
                upper = Math.max(upper, d);
            }
        }
        this.kl = lower;
        this.ku = upper;
        this.width = 2 * kl + ku + 1;
        this.band = new double[n][width];
        this.pivot = new int[n];
        this.work = new double[n];
    }

    /** The lower bandwidth after reordering. */
    int lowerBandwidth() {
        return kl;
    }

    /** The upper bandwidth after reordering. */
    int upperBandwidth() {
        return ku;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void evaluate(double t, double[] y) {
        fn.values(t, y, values);
        evaluated = true;
        evaluations++;
    }

    @Override
    public void factor(double sigma) {
        if (!evaluated) {
            throw new IllegalStateException("Call evaluate(t, y) before factor(sigma)");
        }
        for (double[] row : band) {
            Arrays.fill(row, 0);
        }
        for (int r = 0; r < n; r++) {
            int i = inv[r];
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int j = inv[colIndex[k]];
                band[i][j - i + kl] -= values[k];
            }
            band[i][kl] += sigma;
        }
        for (int k = 0; k < n; k++) {
            int last = Math.min(n - 1, k + kl);
            int p = k;
            double best = Math.abs(band[k][kl]);
            for (int i = k + 1; i <= last; i++) {
                double v = Math.abs(band[i][k - i + kl]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (best == 0) {
                throw new IllegalStateException(
                        "W = σI − J is singular at column " + k + " (σ = " + sigma + ")");
            }
            pivot[k] = p;
            int end = Math.min(n - 1, k + kl + ku);
            if (p != k) {
                for (int c = k; c <= end; c++) {
                    double tmp = band[k][c - k + kl];
                    band[k][c - k + kl] = band[p][c - p + kl];
                    band[p][c - p + kl] = tmp;
                }
            }
            double d = band[k][kl];
            double[] rk = band[k];
            for (int i = k + 1; i <= last; i++) {
                double[] ri = band[i];
                double l = ri[k - i + kl] / d;
                ri[k - i + kl] = l;
                if (l != 0) {
                    // column c sits at c - k + kl in row k and at c - i + kl in row i
                    for (int c = k + 1; c <= end; c++) {
                        ri[c - i + kl] -= l * rk[c - k + kl];
                    }
                }
            }
        }
        factorizations++;
    }

    @Override
    public void solve(double[] b) {
        for (int i = 0; i < n; i++) {
            work[i] = b[perm[i]];
        }
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                double t = work[k];
                work[k] = work[p];
                work[p] = t;
            }
            double wk = work[k];
            if (wk != 0) {
                int last = Math.min(n - 1, k + kl);
                for (int i = k + 1; i <= last; i++) {
                    work[i] -= band[i][k - i + kl] * wk;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = work[k];
            int end = Math.min(n - 1, k + kl + ku);
            double[] rk = band[k];
            for (int c = k + 1; c <= end; c++) {
                s -= rk[c - k + kl] * work[c];
            }
            work[k] = s / rk[kl];
        }
        for (int i = 0; i < n; i++) {
            b[perm[i]] = work[i];
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
