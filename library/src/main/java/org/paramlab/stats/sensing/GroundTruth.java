package org.paramlab.stats.sensing;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

import java.util.List;
import java.util.Random;

/**
 * Random low-rank ground truths M* for matrix sensing, with prescribed spectrum.
 *
 * <ul>
 *   <li>{@link #symmetric}: M* = U diag(λ) Uᵀ, positive semi-definite of rank r, the symmetric
 *       setting of Xiong, Ding and Du (ICLR 2024, arXiv:2310.01769), who write Σ for it;
 *   <li>{@link #asymmetric}: M* = U diag(σ) Vᵀ of rank r, their asymmetric setting.
 * </ul>
 *
 * U and V have orthonormal columns drawn uniformly (Q factor of a Gaussian matrix), so the
 * experiment does not depend on a coordinate-aligned Σ; under identity sensing the dynamics are
 * rotation invariant and this equals the paper's diagonal Σ up to a rotation.
 */
public final class GroundTruth {
    private GroundTruth() {}

    /**
     * M* = U diag(λ) Uᵀ, shape (n, n), with U of orthonormal columns drawn from {@code seed}.
     *
     * @param n the size of M*
     * @param eigenvalues the r positive non-zero eigenvalues λ
     * @throws IllegalArgumentException if an eigenvalue is not positive and finite, or r > n
     */
    public static RealMatrix symmetric(int n, List<Double> eigenvalues, long seed) {
        requireSpectrum(eigenvalues, n, n);
        Random random = new Random(seed);
        RealMatrix u = orthonormalColumns(n, eigenvalues.size(), random);
        return u.multiply(MatrixUtils.createRealDiagonalMatrix(toArray(eigenvalues)))
                .multiplyTransposed(u);
    }

    /**
     * M* = U diag(σ) Vᵀ, shape (rows, cols), with U and V of orthonormal columns from {@code seed}.
     *
     * @param singularValues the r positive singular values σ
     * @throws IllegalArgumentException if a singular value is not positive and finite, or r >
     *     min(rows, cols)
     */
    public static RealMatrix asymmetric(
            int rows, int cols, List<Double> singularValues, long seed) {
        requireSpectrum(singularValues, rows, cols);
        Random random = new Random(seed);
        RealMatrix u = orthonormalColumns(rows, singularValues.size(), random);
        RealMatrix v = orthonormalColumns(cols, singularValues.size(), random);
        return u.multiply(MatrixUtils.createRealDiagonalMatrix(toArray(singularValues)))
                .multiplyTransposed(v);
    }

    /** The row-major entries of {@code matrix}. */
    static double[] rowMajor(RealMatrix matrix) {
        int rows = matrix.getRowDimension();
        int cols = matrix.getColumnDimension();
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = matrix.getEntry(i, j);
            }
        }
        return out;
    }

    private static RealMatrix orthonormalColumns(int n, int r, Random random) {
        RealMatrix gaussian = MatrixUtils.createRealMatrix(n, r);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < r; j++) {
                gaussian.setEntry(i, j, random.nextGaussian());
            }
        }
        return new QRDecomposition(gaussian).getQ().getSubMatrix(0, n - 1, 0, r - 1);
    }

    private static void requireSpectrum(List<Double> values, int rows, int cols) {
        int limit = Math.min(rows, cols);
        if (values.isEmpty() || values.size() > limit) {
            throw new IllegalArgumentException(
                    "A rank-r ground truth of shape "
                            + rows
                            + "x"
                            + cols
                            + " needs 1 <= r <= "
                            + limit
                            + " spectrum values, found "
                            + values.size()
                            + "; pass e.g. List.of(1.0, 0.5).");
        }
        for (Double value : values) {
            if (value == null || !(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(
                        "Spectrum values must be positive and finite, found "
                                + values
                                + "; drop zeros (they lower the rank r instead).");
            }
        }
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
