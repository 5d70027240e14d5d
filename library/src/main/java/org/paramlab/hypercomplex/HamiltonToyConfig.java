package org.paramlab.hypercomplex;

/**
 * Settings of {@link HamiltonToy}.
 *
 * @param quaternions quaternions per input and output vector (the layer is {@code 4q × 4q})
 * @param samples training pairs; the held-out set has a quarter as many
 * @param steps full-batch AdamW updates
 * @param learningRate peak rate of the cosine schedule
 * @param seed engine seed (data, initialisation)
 * @param display show the progress bar and loss chart
 */
public record HamiltonToyConfig(
        int quaternions, int samples, int steps, double learningRate, long seed, boolean display) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive size or rate
     */
    public HamiltonToyConfig {
        if (quaternions < 1 || samples < 4 || steps < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException(
                    "Need quaternions ≥ 1, samples ≥ 4, steps ≥ 1 and learningRate > 0");
        }
    }

    /**
     * Spec 01: 2 quaternions (an 8 × 8 layer), 2,000 pairs, 200 updates, seed 42; peak rate 0.1
     * (0.05 stopped at MSE 3e-4 in 200 updates, 0.1 reached 2e-6).
     */
    public static HamiltonToyConfig defaults() {
        return new HamiltonToyConfig(2, 2_000, 200, 0.1, 42, false);
    }

    /** This config with {@code value} updates. */
    public HamiltonToyConfig withSteps(int value) {
        return new HamiltonToyConfig(quaternions, samples, value, learningRate, seed, display);
    }

    /** This config with another seed. */
    public HamiltonToyConfig withSeed(long value) {
        return new HamiltonToyConfig(quaternions, samples, steps, learningRate, value, display);
    }

    /** This config showing (or not) its progress. */
    public HamiltonToyConfig withDisplay(boolean value) {
        return new HamiltonToyConfig(quaternions, samples, steps, learningRate, seed, value);
    }
}
