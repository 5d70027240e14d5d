package org.paramlab.dynamics.ode;

/**
 * Settings of a {@link RosenbrockSolver}. The step is accepted when the root-mean-square of the
 * error estimate, each component scaled by {@code absTol + relTol·max(|yₙ|, |yₙ₊₁|)}, is at most 1
 * (Hairer and Wanner II, §IV.8); the next step is h·min(6, max(0.2, 0.9·err^(−1/p))).
 *
 * @param relTol relative tolerance, in (0, 1) (default 1e-6)
 * @param absTol absolute tolerance, &gt; 0 (default 1e-10)
 * @param initialStep the first step, or 0 to estimate it from ‖y₀‖ and ‖f(y₀)‖ (default 0)
 * @param maxStep the largest step, &gt; 0 (default +∞)
 * @param maxSteps the most steps (accepted and rejected) before giving up, ≥ 1 (default 100,000)
 * @param recordSteps whether the solution keeps (t, y) at every accepted step (default true)
 */
public record RosenbrockConfig(
        double relTol,
        double absTol,
        double initialStep,
        double maxStep,
        int maxSteps,
        boolean recordSteps) {
    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    public RosenbrockConfig {
        if (!(relTol > 0 && relTol < 1)) {
            throw new IllegalArgumentException("relTol must be in (0, 1), found " + relTol);
        }
        if (!(absTol > 0)) {
            throw new IllegalArgumentException("absTol must be > 0, found " + absTol);
        }
        if (!(initialStep >= 0)) {
            throw new IllegalArgumentException(
                    "initialStep must be ≥ 0 (0: automatic), found " + initialStep);
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be > 0, found " + maxStep);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be ≥ 1, found " + maxSteps);
        }
    }

    /** relTol 1e-6, absTol 1e-10, automatic first step, no step limit, 100,000 steps, recorded. */
    public static RosenbrockConfig defaults() {
        return new RosenbrockConfig(1e-6, 1e-10, 0, Double.POSITIVE_INFINITY, 100_000, true);
    }

    /** These settings with other tolerances. */
    public RosenbrockConfig withTolerances(double rel, double abs) {
        return new RosenbrockConfig(rel, abs, initialStep, maxStep, maxSteps, recordSteps);
    }

    /** These settings with another first step (0: automatic). */
    public RosenbrockConfig withInitialStep(double h) {
        return new RosenbrockConfig(relTol, absTol, h, maxStep, maxSteps, recordSteps);
    }

    /** These settings with another step limit. */
    public RosenbrockConfig withMaxStep(double h) {
        return new RosenbrockConfig(relTol, absTol, initialStep, h, maxSteps, recordSteps);
    }

    /** These settings with another limit on the number of steps. */
    public RosenbrockConfig withMaxSteps(int n) {
        return new RosenbrockConfig(relTol, absTol, initialStep, maxStep, n, recordSteps);
    }

    /** These settings with or without recording every step. */
    public RosenbrockConfig withRecordSteps(boolean record) {
        return new RosenbrockConfig(relTol, absTol, initialStep, maxStep, maxSteps, record);
    }
}
