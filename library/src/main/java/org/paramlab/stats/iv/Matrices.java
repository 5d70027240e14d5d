package org.paramlab.stats.iv;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

import java.util.SplittableRandom;

/** Small dense-matrix helpers on row-major {@code double[rows][cols]} (package-private). */
final class Matrices {
    private Matrices() {}

    static double[][] gaussian(int rows, int cols, double scale, SplittableRandom random) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return m;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] row = out[i];
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                if (aip == 0) {
                    continue;
                }
                double[] bp = b[p];
                for (int j = 0; j < m; j++) {
                    row[j] += aip * bp[j];
                }
            }
        }
        return out;
    }

    /** aᵀb. */
    static double[][] transposeTimes(double[][] a, double[][] b) {
        int n = a.length;
        int k = a[0].length;
        int m = b[0].length;
        double[][] out = new double[k][m];
        for (int i = 0; i < n; i++) {
            double[] ai = a[i];
            double[] bi = b[i];
            for (int p = 0; p < k; p++) {
                double aip = ai[p];
                for (int j = 0; j < m; j++) {
                    out[p][j] += aip * bi[j];
                }
            }
        }
        return out;
    }

    static double[] column(double[][] a, int j) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i][j];
        }
        return out;
    }

    static double[][] asColumn(double[] v) {
        double[][] out = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            out[i][0] = v[i];
        }
        return out;
    }

    static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    static double[][] rows(double[][] a, int[] index) {
        double[][] out = new double[index.length][];
        for (int i = 0; i < index.length; i++) {
            out[i] = a[index[i]];
        }
        return out;
    }

    static double[] rows(double[] a, int[] index) {
        double[] out = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = a[index[i]];
        }
        return out;
    }

    /** Relative eigenvalue cut-off of {@link #pseudoInverse}: singular values below 10⁻⁶·σ₁. */
    static final double EIGEN_CUTOFF = 1e-12;

    /**
     * The Moore–Penrose pseudo-inverse of a symmetric positive semi-definite matrix (a Gram matrix
     * AᵀA) by eigendecomposition, dropping eigenvalues below 10⁻¹²·λ_max.
     */
    static double[][] pseudoInverse(double[][] symmetric) {
        int k = symmetric.length;
        RealMatrix m = new Array2DRowRealMatrix(symmetric, true);
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(m);
        double[] values = eigen.getEigenvalues();
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        double[][] out = new double[k][k];
        for (int e = 0; e < values.length; e++) {
            if (values[e] <= EIGEN_CUTOFF * max) {
                continue;
            }
            double[] v = eigen.getEigenvector(e).toArray();
            double inv = 1 / values[e];
            for (int i = 0; i < k; i++) {
                double vi = v[i] * inv;
                for (int j = 0; j < k; j++) {
                    out[i][j] += vi * v[j];
                }
            }
        }
        return out;
    }

    /** The number of eigenvalues of a Gram matrix above the {@link #pseudoInverse} cut-off. */
    static int gramRank(double[][] symmetric) {
        double[] values =
                new EigenDecompositionSymmetric(new Array2DRowRealMatrix(symmetric, true))
                        .getEigenvalues();
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        int rank = 0;
        for (double v : values) {
            rank += v > EIGEN_CUTOFF * max ? 1 : 0;
        }
        return rank;
    }

    /** aᵀv. */
    static double[] transposeTimes(double[][] a, double[] v) {
        int k = a[0].length;
        double[] out = new double[k];
        for (int i = 0; i < a.length; i++) {
            double vi = v[i];
            double[] ai = a[i];
            for (int p = 0; p < k; p++) {
                out[p] += ai[p] * vi;
            }
        }
        return out;
    }
}
