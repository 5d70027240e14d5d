package org.paramlab.stats.sensing;

import java.util.Random;

/**
 * Row-major dense kernels on {@code double[]} for the small matrices of matrix sensing (n ≤ a few
 * dozen). Every method writes into a caller-owned output so the gradient loops allocate nothing per
 * step.
 */
final class Dense {
    private Dense() {}

    /** {@code out = a · bᵀ}: a is (rows, inner), b is (cols, inner), out is (rows, cols). */
    static void multiplyTransposed(
            double[] a, double[] b, double[] out, int rows, int inner, int cols) {
        for (int i = 0; i < rows; i++) {
            int ai = i * inner;
            for (int j = 0; j < cols; j++) {
                int bj = j * inner;
                double sum = 0;
                for (int p = 0; p < inner; p++) {
                    sum += a[ai + p] * b[bj + p];
                }
                out[i * cols + j] = sum;
            }
        }
    }

    /** {@code out = a · b}: a is (rows, inner), b is (inner, cols), out is (rows, cols). */
    static void multiply(double[] a, double[] b, double[] out, int rows, int inner, int cols) {
        for (int i = 0; i < rows; i++) {
            int oi = i * cols;
            for (int j = 0; j < cols; j++) {
                out[oi + j] = 0;
            }
            for (int p = 0; p < inner; p++) {
                double aip = a[i * inner + p];
                int bp = p * cols;
                for (int j = 0; j < cols; j++) {
                    out[oi + j] += aip * b[bp + j];
                }
            }
        }
    }

    /** {@code out = aᵀ · b}: a is (inner, rows), b is (inner, cols), out is (rows, cols). */
    static void transposedMultiply(
            double[] a, double[] b, double[] out, int inner, int rows, int cols) {
        java.util.Arrays.fill(out, 0, rows * cols, 0.0);
        for (int p = 0; p < inner; p++) {
            int ap = p * rows;
            int bp = p * cols;
            for (int i = 0; i < rows; i++) {
                double api = a[ap + i];
                int oi = i * cols;
                for (int j = 0; j < cols; j++) {
                    out[oi + j] += api * b[bp + j];
                }
            }
        }
    }

    /** {@code y += factor · x} over the first {@code length} entries. */
    static void addScaled(double[] y, double factor, double[] x, int length) {
        for (int i = 0; i < length; i++) {
            y[i] += factor * x[i];
        }
    }

    /** Euclidean (Frobenius) norm of the first {@code length} entries. */
    static double norm(double[] x, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += x[i] * x[i];
        }
        return Math.sqrt(sum);
    }

    /** Inner product of the first {@code length} entries. */
    static double dot(double[] x, double[] y, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /** {@code length} independent N(0, scale²) draws from {@code random}. */
    static double[] gaussian(Random random, int length, double scale) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = scale * random.nextGaussian();
        }
        return out;
    }

    /** Replaces the square (n, n) matrix m by its symmetric part (m + mᵀ)/2. */
    static void symmetrize(double[] m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (m[i * n + j] + m[j * n + i]);
                m[i * n + j] = mean;
                m[j * n + i] = mean;
            }
        }
    }
}
