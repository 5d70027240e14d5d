package org.paramlab.stats.optim;

/**
 * Where {@link Bfgs} stopped. Immutable: the array accessors return copies.
 *
 * @param point the last accepted point
 * @param value f at {@code point}
 * @param gradient ∇f at {@code point}
 * @param iterations quasi-Newton steps taken
 * @param evaluations calls of the objective
 * @param stop why the minimiser stopped
 */
public record BfgsResult(
        double[] point,
        double value,
        double[] gradient,
        int iterations,
        int evaluations,
        Stop stop) {

    /** Why {@link Bfgs} stopped. */
    public enum Stop {
        /** ‖∇f‖_∞ fell below the gradient tolerance. */
        GRADIENT,
        /** f stopped decreasing (relative change below the value tolerance three times). */
        VALUE,
        /** The line search found no acceptable step from the last point. */
        LINE_SEARCH,
        /** The iteration limit was reached. */
        MAX_ITERATIONS
    }

    /** Copies the arrays. */
    public BfgsResult {
        point = point.clone();
        gradient = gradient.clone();
    }

    /** The last accepted point (a copy). */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** ∇f at the last point (a copy). */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** The largest |∂f/∂xᵢ| at the last point. */
    public double gradientNorm() {
        double max = 0;
        for (double g : gradient) {
            max = Math.max(max, Math.abs(g));
        }
        return max;
    }

    /** True when the gradient or value test stopped the run (not a limit or a failed search). */
    public boolean converged() {
        return stop == Stop.GRADIENT || stop == Stop.VALUE;
    }
}
