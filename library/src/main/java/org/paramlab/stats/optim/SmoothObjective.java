package org.paramlab.stats.optim;

/**
 * A function f: ℝⁿ → ℝ with its gradient, evaluated together because they share most of their work
 * (a log-likelihood and its score, a loss and its backward pass).
 *
 * <p>An implementation may return {@link Double#POSITIVE_INFINITY} or {@link Double#NaN} outside
 * its domain; {@link Bfgs} then shortens the step. It must not keep a reference to either array.
 */
@FunctionalInterface
public interface SmoothObjective {
    /**
     * Evaluates f at {@code x} and writes ∇f(x) into {@code gradient}.
     *
     * @param x the point, length n (not modified)
     * @param gradient receives ∂f/∂xᵢ, length n
     * @return f(x)
     */
    double evaluate(double[] x, double[] gradient);

    /** f(x) alone (the gradient is computed and dropped). */
    default double value(double[] x) {
        return evaluate(x, new double[x.length]);
    }
}
