package org.paramlab.stats.sensing;

import java.util.Arrays;

/** Collects (step, error) pairs every {@code recordEvery} steps and at the last step. */
final class Curve {
    private final int recordEvery;
    private final int lastStep;
    private double[] steps;
    private double[] errors;
    private int size;

    Curve(int recordEvery, int lastStep) {
        this.recordEvery = recordEvery;
        this.lastStep = lastStep;
        int capacity = lastStep / recordEvery + 2;
        this.steps = new double[capacity];
        this.errors = new double[capacity];
    }

    /** Records the error if {@code step} is due, or unconditionally when {@code force}. */
    void offer(int step, double error, boolean force) {
        if (force || step % recordEvery == 0 || step == lastStep) {
            if (size > 0 && steps[size - 1] == step) {
                return;
            }
            if (size == steps.length) {
                steps = Arrays.copyOf(steps, 2 * size);
                errors = Arrays.copyOf(errors, 2 * size);
            }
            steps[size] = step;
            errors[size] = error;
            size++;
        }
    }

    MatrixSensingResult toResult(
            MatrixSensingConfig config, MatrixSensingResult.StopReason reason, int modifiedAtStep) {
        return new MatrixSensingResult(
                config,
                Arrays.copyOf(steps, size),
                Arrays.copyOf(errors, size),
                reason,
                modifiedAtStep);
    }

    /** Errors beyond this are divergence: 10⁶·(1 + ‖M*‖_F). */
    static double divergenceLimit(double targetNorm) {
        return 1e6 * (1 + targetNorm);
    }

    /** The seed of the initialization stream, derived from the experiment seed. */
    static long initSeed(long seed) {
        return seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }
}
