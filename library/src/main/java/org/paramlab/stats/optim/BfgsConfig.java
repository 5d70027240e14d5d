package org.paramlab.stats.optim;

/**
 * Settings of {@link Bfgs}.
 *
 * @param maxIterations at most this many quasi-Newton steps
 * @param gradientTolerance stop when ‖∇f‖_∞ ≤ gradientTolerance·max(1, |f|)
 * @param valueTolerance stop when a step lowers f by less than valueTolerance·max(1, |f|) three
 *     times in a row
 */
public record BfgsConfig(int maxIterations, double gradientTolerance, double valueTolerance) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if a count is below 1 or a tolerance is negative or not
     *     finite
     */
    public BfgsConfig {
        if (maxIterations < 1) {
            throw new IllegalArgumentException(
                    "maxIterations must be at least 1, found " + maxIterations + ".");
        }
        if (!(gradientTolerance >= 0) || Double.isInfinite(gradientTolerance)) {
            throw new IllegalArgumentException(
                    "gradientTolerance must be finite and >= 0, found " + gradientTolerance + ".");
        }
        if (!(valueTolerance >= 0) || Double.isInfinite(valueTolerance)) {
            throw new IllegalArgumentException(
                    "valueTolerance must be finite and >= 0, found " + valueTolerance + ".");
        }
    }

    /** 500 iterations, gradient tolerance 1e-8, value tolerance 1e-14. */
    public static BfgsConfig defaults() {
        return new BfgsConfig(500, 1e-8, 1e-14);
    }

    /** This config with another iteration limit. */
    public BfgsConfig withMaxIterations(int value) {
        return new BfgsConfig(value, gradientTolerance, valueTolerance);
    }

    /** This config with another gradient tolerance. */
    public BfgsConfig withGradientTolerance(double value) {
        return new BfgsConfig(maxIterations, value, valueTolerance);
    }
}
