package org.paramlab.stats.sensing;

import java.util.Arrays;

/** 𝒜 = vec: the identity measurement operator, so 𝒜*𝒜 is the identity. */
final class IdentitySensing implements SensingOperator {
    private final int rows;
    private final int cols;

    IdentitySensing(int rows, int cols) {
        GaussianSensing.requireShape(rows, cols);
        this.rows = rows;
        this.cols = cols;
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
        return rows * cols;
    }

    @Override
    public double[] apply(double[] matrix) {
        GaussianSensing.requireLength("matrix", matrix, rows * cols, "rows*cols");
        return Arrays.copyOf(matrix, matrix.length);
    }

    @Override
    public double[] adjoint(double[] y) {
        GaussianSensing.requireLength("y", y, rows * cols, "measurements()");
        return Arrays.copyOf(y, y.length);
    }

    @Override
    public void applyNormal(double[] matrix, double[] out) {
        System.arraycopy(matrix, 0, out, 0, rows * cols);
    }
}
