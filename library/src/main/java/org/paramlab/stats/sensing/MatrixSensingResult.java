package org.paramlab.stats.sensing;

import java.util.Arrays;
import java.util.Objects;

/**
 * The error curve of one gradient-descent run: ‖XₜXₜᵀ − M*‖_F (symmetric) or ‖FₜGₜᵀ − M*‖_F
 * (asymmetric) at the recorded steps, with the config that produced it. Immutable: the array
 * accessors return copies.
 *
 * @param config the run's settings
 * @param steps the recorded steps t, ascending, from 0
 * @param errors the Frobenius error at each recorded step
 * @param stopReason whether all steps ran or the iterates diverged
 * @param modifiedAtStep the step replaced by the {@link Modification}, or -1 if none was
 */
public record MatrixSensingResult(
        MatrixSensingConfig config,
        double[] steps,
        double[] errors,
        StopReason stopReason,
        int modifiedAtStep) {

    /** Why a run ended. */
    public enum StopReason {
        /** All configured steps ran. */
        COMPLETED,
        /** The error became non-finite or exceeded 10⁶·(1 + ‖M*‖_F); lower η. */
        DIVERGED
    }

    /**
     * Copies the curve and checks it.
     *
     * @throws IllegalArgumentException if steps and errors differ in length or are empty
     */
    public MatrixSensingResult {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(stopReason, "stopReason");
        steps = steps.clone();
        errors = errors.clone();
        if (steps.length != errors.length || steps.length == 0) {
            throw new IllegalArgumentException(
                    "A result needs as many errors as steps, at least one, found "
                            + steps.length
                            + " steps and "
                            + errors.length
                            + " errors.");
        }
    }

    /** The recorded steps (a copy). */
    @Override
    public double[] steps() {
        return steps.clone();
    }

    /** The recorded errors (a copy). */
    @Override
    public double[] errors() {
        return errors.clone();
    }

    /** The error at the last recorded step. */
    public double finalError() {
        return errors[errors.length - 1];
    }

    /** True when the run ended with {@link StopReason#DIVERGED}. */
    public boolean diverged() {
        return stopReason == StopReason.DIVERGED;
    }

    /**
     * The error at recorded step {@code step}.
     *
     * @throws IllegalArgumentException if that step was not recorded
     */
    public double errorAt(int step) {
        int index = Arrays.binarySearch(steps, step);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "Step "
                            + step
                            + " was not recorded (every "
                            + config.recordEvery()
                            + " steps up to "
                            + (long) steps[steps.length - 1]
                            + "); ask for a multiple of recordEvery.");
        }
        return errors[index];
    }

    /** The first recorded step whose error is at most {@code threshold}, or -1 if none is. */
    public int firstStepBelow(double threshold) {
        for (int i = 0; i < errors.length; i++) {
            if (errors[i] <= threshold) {
                return (int) steps[i];
            }
        }
        return -1;
    }

    /** The config's legend label. */
    public String label() {
        return config.label();
    }

    /** Records with arrays compare by content here, so equal runs give equal results. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixSensingResult that
                && config.equals(that.config)
                && Arrays.equals(steps, that.steps)
                && Arrays.equals(errors, that.errors)
                && stopReason == that.stopReason
                && modifiedAtStep == that.modifiedAtStep;
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(
                config,
                Arrays.hashCode(steps),
                Arrays.hashCode(errors),
                stopReason,
                modifiedAtStep);
    }

    /** The label, stop reason and final error; the curve is left out. */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "MatrixSensingResult[%s, %s, final error %.3e after %d steps%s]",
                label(),
                stopReason,
                finalError(),
                (long) steps[steps.length - 1],
                modifiedAtStep >= 0 ? ", modified at step " + modifiedAtStep : "");
    }
}
