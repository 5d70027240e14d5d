package org.paramlab.stats.lightcurve;

/**
 * A phase-folded light curve: phases in [0, 1), observed magnitudes and, for synthetic data, the
 * noiseless truth. Immutable: accessors return copies.
 *
 * @param phases φᵢ in [0, 1), ascending
 * @param magnitudes observed mᵢ
 * @param truth the noiseless magnitudes (NaN for real data)
 * @param sigma the noise standard deviation used (NaN for real data)
 */
public record PhotometrySample(double[] phases, double[] magnitudes, double[] truth, double sigma) {

    /**
     * Copies and checks the arrays.
     *
     * @throws IllegalArgumentException if the lengths differ or a phase is outside [0, 1)
     */
    public PhotometrySample {
        phases = phases.clone();
        magnitudes = magnitudes.clone();
        truth = truth.clone();
        if (phases.length != magnitudes.length || truth.length != phases.length) {
            throw new IllegalArgumentException(
                    "Phases, magnitudes and truth must have one value per observation, found "
                            + phases.length
                            + ", "
                            + magnitudes.length
                            + ", "
                            + truth.length
                            + ".");
        }
        for (int i = 0; i < phases.length; i++) {
            if (!(phases[i] >= 0 && phases[i] < 1)) {
                throw new IllegalArgumentException(
                        "Phase "
                                + phases[i]
                                + " at row "
                                + i
                                + " is outside [0, 1); fold the times first.");
            }
        }
    }

    /** The {@code phases} values (a copy). */
    @Override
    public double[] phases() {
        return phases.clone();
    }

    /** The {@code magnitudes} values (a copy). */
    @Override
    public double[] magnitudes() {
        return magnitudes.clone();
    }

    /** The {@code truth} values (a copy). */
    @Override
    public double[] truth() {
        return truth.clone();
    }

    /** The number of observations. */
    public int size() {
        return phases.length;
    }
}
