package org.paramlab.stats.optim;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Linear least squares min ‖y − Xβ‖²: {@link #solve} by Householder QR for a design of full column
 * rank (and a clear error when it is not), {@link #minimumNorm} by the SVD pseudo-inverse X⁺y for
 * rank-deficient designs (the minimum-‖β‖ solution, as numpy's {@code lstsq}).
 *
 * <p>The rank is the number of singular values above max(n, m)·ε·σ₁ (LAPACK's and numpy's default
 * cut-off).
 */
public final class LinearLeastSquares {
    private LinearLeastSquares() {}

    /**
     * Solves by QR.
     *
     * @param x the design, n rows × m columns, n ≥ m
     * @param y the response, length n
     * @throws IllegalArgumentException if the shapes disagree, or X does not have full column rank
     *     (naming the rank found and how to fix the design)
     */
    public static LeastSquaresSolution solve(double[][] x, double[] y) {
        RealMatrix design = matrix(x, y);
        int m = design.getColumnDimension();
        int rank = rank(design);
        if (rank < m) {
            throw new IllegalArgumentException(
                    "The design matrix is singular: "
                            + m
                            + " columns but rank "
                            + rank
                            + " (a column is constant, repeated or a combination of others); drop"
                            + " or merge columns, or use LinearLeastSquares.minimumNorm.");
        }
        RealVector beta = new QRDecomposition(design).getSolver().solve(new ArrayRealVector(y));
        return solution(design, beta, y, rank);
    }

    /**
     * The minimum-norm solution X⁺y, defined for any rank.
     *
     * @throws IllegalArgumentException if the shapes disagree
     */
    public static LeastSquaresSolution minimumNorm(double[][] x, double[] y) {
        RealMatrix design = matrix(x, y);
        SingularValueDecomposition svd = new SingularValueDecomposition(design);
        double[] s = svd.getSingularValues();
        double cutoff = cutoff(design, s);
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        int m = design.getColumnDimension();
        double[] beta = new double[m];
        int rank = 0;
        for (int k = 0; k < s.length; k++) {
            if (s[k] <= cutoff) {
                continue;
            }
            rank++;
            double uy = 0;
            for (int i = 0; i < y.length; i++) {
                uy += u.getEntry(i, k) * y[i];
            }
            double scale = uy / s[k];
            for (int j = 0; j < m; j++) {
                beta[j] += scale * v.getEntry(j, k);
            }
        }
        return solution(design, new ArrayRealVector(beta), y, rank);
    }

    /** The numerical rank of X. */
    public static int rank(double[][] x) {
        return rank(new Array2DRowRealMatrix(x, false));
    }

    static int rank(RealMatrix design) {
        double[] s = new SingularValueDecomposition(design).getSingularValues();
        double cutoff = cutoff(design, s);
        int rank = 0;
        for (double value : s) {
            if (value > cutoff) {
                rank++;
            }
        }
        return rank;
    }

    private static double cutoff(RealMatrix design, double[] s) {
        int size = Math.max(design.getRowDimension(), design.getColumnDimension());
        return s.length == 0 ? 0 : size * Math.ulp(1.0) * s[0];
    }

    private static RealMatrix matrix(double[][] x, double[] y) {
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException(
                    "The design matrix is empty; expected n rows and m >= 1 columns.");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "The design has "
                            + x.length
                            + " rows but the response has "
                            + y.length
                            + " values; they must match.");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException(
                        "Row "
                                + i
                                + " of the design has "
                                + x[i].length
                                + " columns, row 0 has "
                                + x[0].length
                                + "; the design must be rectangular.");
            }
        }
        return new Array2DRowRealMatrix(x, true);
    }

    private static LeastSquaresSolution solution(
            RealMatrix design, RealVector beta, double[] y, int rank) {
        double[] fitted = design.operate(beta).toArray();
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - fitted[i];
            rss += r * r;
        }
        return new LeastSquaresSolution(beta.toArray(), fitted, rss, rank);
    }
}
