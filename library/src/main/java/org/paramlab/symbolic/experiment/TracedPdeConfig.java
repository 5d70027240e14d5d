package org.paramlab.symbolic.experiment;

/**
 * Settings of {@link TracedPdeStudy}.
 *
 * @param grid n of the grid whose right-hand side is timed (2n² unknowns), ≥ 3
 * @param solveGrid n of the grid integrated with both Jacobians (dense LU is O(n⁶)), ≥ 3
 * @param alpha the diffusion coefficient α
 * @param endTime the integration interval [0, endTime], &gt; 0
 * @param relTol the solver's relative tolerance (absolute: relTol/100)
 * @param repeats timed runs (the median is reported), ≥ 1
 */
public record TracedPdeConfig(
        int grid, int solveGrid, double alpha, double endTime, double relTol, int repeats) {
    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    public TracedPdeConfig {
        if (grid < 3
                || solveGrid < 3
                || repeats < 1
                || !(endTime > 0)
                || !(relTol > 0 && relTol < 1)) {
            throw new IllegalArgumentException(
                    "Need grid, solveGrid ≥ 3, repeats ≥ 1, endTime > 0, relTol in (0, 1); found "
                            + this);
        }
    }

    /**
     * The paper's 32 × 32 grid for timing, 16 × 16 for the solver comparison, α = 10, t ∈ [0, 1].
     */
    public static TracedPdeConfig defaults() {
        return new TracedPdeConfig(32, 16, 10, 1, 1e-6, 7);
    }

    /** With other grids. */
    public TracedPdeConfig withGrids(int timing, int solve) {
        return new TracedPdeConfig(timing, solve, alpha, endTime, relTol, repeats);
    }

    /** With another interval [0, t]. */
    public TracedPdeConfig withEndTime(double t) {
        return new TracedPdeConfig(grid, solveGrid, alpha, t, relTol, repeats);
    }

    /** With another number of timed runs. */
    public TracedPdeConfig withRepeats(int r) {
        return new TracedPdeConfig(grid, solveGrid, alpha, endTime, relTol, r);
    }
}
