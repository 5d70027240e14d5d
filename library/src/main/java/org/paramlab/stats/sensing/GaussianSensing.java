package org.paramlab.stats.sensing;

import java.util.Random;

/**
 * 𝒜(M)ᵢ = ⟨Aᵢ, M⟩/√m with Aᵢ of i.i.d. N(0, 1) entries. The m sensing matrices are stored as the
 * rows of a dense (m, rows·cols) matrix; the normal operator 𝒜*𝒜 is precomputed once as a
 * (rows·cols, rows·cols) Gram matrix, so one gradient step costs (rows·cols)² multiply-adds instead
 * of 2·m·rows·cols.
 */
final class GaussianSensing implements SensingOperator {
    private final int rows;
    private final int cols;
    private final int measurements;
    private final double[] sensing; // (m, rows*cols), already scaled by 1/sqrt(m)
    private final double[] gram; // (rows*cols, rows*cols) = sensingᵀ · sensing

    GaussianSensing(int rows, int cols, int measurements, long seed) {
        requireShape(rows, cols);
        this.rows = rows;
        this.cols = cols;
        this.measurements = measurements;
        int d = rows * cols;
        this.sensing =
                Dense.gaussian(new Random(seed), measurements * d, 1 / Math.sqrt(measurements));
        this.gram = new double[d * d];
        Dense.transposedMultiply(sensing, sensing, gram, measurements, d, d);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int measurements() {
        return measurements;
    }

    @Override
    public double[] apply(double[] matrix) {
        int d = rows * cols;
        requireLength("matrix", matrix, d, "rows*cols");
        double[] y = new double[measurements];
        for (int i = 0; i < measurements; i++) {
            double sum = 0;
            int base = i * d;
            for (int p = 0; p < d; p++) {
                sum += sensing[base + p] * matrix[p];
            }
            y[i] = sum;
        }
        return y;
    }

    @Override
    public double[] adjoint(double[] y) {
        int d = rows * cols;
        requireLength("y", y, measurements, "measurements()");
        double[] out = new double[d];
        for (int i = 0; i < measurements; i++) {
            double yi = y[i];
            int base = i * d;
            for (int p = 0; p < d; p++) {
                out[p] += yi * sensing[base + p];
            }
        }
        return out;
    }

    @Override
    public void applyNormal(double[] matrix, double[] out) {
        int d = rows * cols;
        int i = 0;
        for (; i + 3 < d; i += 4) { // four rows at a time: independent sums, shared loads
            int b0 = i * d;
            int b1 = b0 + d;
            int b2 = b1 + d;
            int b3 = b2 + d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int p = 0; p < d; p++) {
                double m = matrix[p];
                s0 += gram[b0 + p] * m;
                s1 += gram[b1 + p] * m;
                s2 += gram[b2 + p] * m;
                s3 += gram[b3 + p] * m;
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
        }
        for (; i < d; i++) {
            double sum = 0;
            int base = i * d;
            for (int p = 0; p < d; p++) {
                sum += gram[base + p] * matrix[p];
            }
            out[i] = sum;
        }
    }

    static void requireShape(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(
                    "A sensing operator needs matrices of at least 1x1, found "
                            + rows
                            + "x"
                            + cols
                            + "; pass positive dimensions.");
        }
    }

    static void requireLength(String name, double[] array, int expected, String what) {
        if (array.length != expected) {
            throw new IllegalArgumentException(
                    name
                            + " has length "
                            + array.length
                            + " but the operator expects "
                            + what
                            + " = "
                            + expected
                            + "; pass a row-major array of that length.");
        }
    }
}
