package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.egraph.SaturationLimits;

/**
 * Settings of {@link EGraphStudy}.
 *
 * @param limits the saturation limits
 * @param points points per timed batch evaluation, ≥ 1
 * @param repeats timed runs (the median is reported), ≥ 1
 * @param seed seed of the evaluation points
 */
public record EGraphStudyConfig(SaturationLimits limits, int points, int repeats, long seed) {
    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if points or repeats is below 1
     */
    public EGraphStudyConfig {
        if (points < 1 || repeats < 1) {
            throw new IllegalArgumentException(
                    "points and repeats must be ≥ 1, found " + points + ", " + repeats);
        }
    }

    /** egg's default limits, 20,000 points, 7 repeats, seed 14. */
    public static EGraphStudyConfig defaults() {
        return new EGraphStudyConfig(SaturationLimits.defaults(), 20_000, 7, 14);
    }

    /** With other saturation limits. */
    public EGraphStudyConfig withLimits(SaturationLimits l) {
        return new EGraphStudyConfig(l, points, repeats, seed);
    }

    /** With another batch size. */
    public EGraphStudyConfig withPoints(int n) {
        return new EGraphStudyConfig(limits, n, repeats, seed);
    }

    /** With another number of timed runs. */
    public EGraphStudyConfig withRepeats(int n) {
        return new EGraphStudyConfig(limits, points, n, seed);
    }
}
