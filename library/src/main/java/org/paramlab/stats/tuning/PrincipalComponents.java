package org.paramlab.stats.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Principal component analysis: the top k eigenvectors of the sample covariance of the rows, with
 * projections scaled to unit variance (whitened), so a small network trains on well-conditioned
 * inputs. The covariance is formed with a DJL matrix product; its eigendecomposition is
 * Hipparchus'.
 */
public final class PrincipalComponents {
    private final float[] mean; // p
    private final float[][] components; // k × p, each divided by its standard deviation

    private PrincipalComponents(float[] mean, float[][] components) {
        this.mean = mean;
        this.components = components;
    }

    /**
     * Fits k components to the rows of {@code data} (n × p).
     *
     * @throws IllegalArgumentException if k is not in [1, p] or there are fewer than 2 rows
     */
    public static PrincipalComponents fit(NDManager manager, float[][] data, int k) {
        int n = data.length;
        int p = data[0].length;
        if (n < 2 || k < 1 || k > p) {
            throw new IllegalArgumentException(
                    "PCA needs at least 2 rows and 1 <= k <= p = "
                            + p
                            + ", found n = "
                            + n
                            + ", k = "
                            + k
                            + ".");
        }
        float[] mean = new float[p];
        for (float[] row : data) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        float[] centred = new float[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred[i * p + j] = data[i][j] - mean[j];
            }
        }
        double[][] covariance = new double[p][p];
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(centred, new Shape(n, p)); // (n, p)
            float[] c = x.transpose().matMul(x).div(n - 1f).toFloatArray(); // (p, p)
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    covariance[i][j] = (c[i * p + j] + c[j * p + i]) / 2.0;
                }
            }
        }
        EigenDecompositionSymmetric eigen =
                new EigenDecompositionSymmetric(new Array2DRowRealMatrix(covariance, false));
        double[] values = eigen.getEigenvalues(); // descending
        float[][] components = new float[k][p];
        for (int c = 0; c < k; c++) {
            double[] v = eigen.getEigenvector(c).toArray();
            double scale = 1 / Math.sqrt(Math.max(values[c], 1e-12));
            for (int j = 0; j < p; j++) {
                components[c][j] = (float) (v[j] * scale);
            }
        }
        return new PrincipalComponents(mean, components);
    }

    /** The whitened scores of one row (length k). */
    public float[] project(float[] row) {
        float[] out = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            double s = 0;
            float[] v = components[c];
            for (int j = 0; j < row.length; j++) {
                s += (row[j] - mean[j]) * v[j];
            }
            out[c] = (float) s;
        }
        return out;
    }

    /** The number of components k. */
    public int size() {
        return components.length;
    }
}
