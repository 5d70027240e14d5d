package org.paramlab.search.pcf;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The prior settings of our SPARK simulation (see {@link PcfSimulator}). The paper's own parameters
 * were estimated by LLMs and are not public; these defaults are ours, chosen before running and
 * stated in the notebook, and {@link #random} draws the "plausible" alternatives of the robustness
 * study from the ranges given per field.
 *
 * @param persistence ρ, correlation between the environment the static configuration was tuned for
 *     and the current one (random range 0.2–0.9)
 * @param observationNoise σ_obs at tier 1: the adaptive agent's error in judging an option (0.2–1)
 * @param noiseGrowth relative growth of σ_obs per tier: σ_obs(t) = σ_obs(1 + g(t − 1)) (0–1)
 * @param switchCost cost per SPARK dimension reconfigured (0–0.3)
 * @param searchCost cost per bit of options searched per dimension, c·log₂ m_t (0–0.15)
 * @param optionGrowth options per dimension at tier t: round(2·growth^(t − 1)) (1.3–2)
 * @param performanceNoise σ of the episode's shared performance noise (fixed at 1)
 */
public record SparkPriors(
        double persistence,
        double observationNoise,
        double noiseGrowth,
        double switchCost,
        double searchCost,
        double optionGrowth,
        double performanceNoise) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException for a persistence outside [0, 1], a negative noise or cost,
     *     or an option growth below 1
     */
    public SparkPriors {
        if (!(persistence >= 0 && persistence <= 1)) {
            throw new IllegalArgumentException(
                    "persistence must be in [0, 1], found " + persistence + ".");
        }
        if (!(observationNoise >= 0)
                || !(noiseGrowth >= 0)
                || !(switchCost >= 0)
                || !(searchCost >= 0)
                || !(performanceNoise >= 0)) {
            throw new IllegalArgumentException(
                    "Noises and costs must be >= 0, found "
                            + this.toString().replace("SparkPriors", "")
                            + ".");
        }
        if (!(optionGrowth >= 1)) {
            throw new IllegalArgumentException(
                    "optionGrowth must be >= 1, found " + optionGrowth + ".");
        }
    }

    /**
     * ρ = 0.5, σ_obs = 0.5 growing 50 % per tier, switch cost 0.1, search cost 0.05/bit, growth
     * 1.6.
     */
    public static SparkPriors defaults() {
        return new SparkPriors(0.5, 0.5, 0.5, 0.1, 0.05, 1.6, 1.0);
    }

    /** One "plausible" setting, each field uniform over its documented range. */
    public static SparkPriors random(SplittableRandom random) {
        return new SparkPriors(
                random.nextDouble(0.2, 0.9),
                random.nextDouble(0.2, 1.0),
                random.nextDouble(0.0, 1.0),
                random.nextDouble(0.0, 0.3),
                random.nextDouble(0.0, 0.15),
                random.nextDouble(1.3, 2.0),
                1.0);
    }

    /** Options per SPARK dimension at tier t (1-based): max(2, round(2·growth^(t − 1))). */
    public int optionsAt(int tier) {
        return (int) Math.max(2, Math.round(2 * Math.pow(optionGrowth, tier - 1)));
    }

    /** σ_obs at tier t. */
    public double observationNoiseAt(int tier) {
        return observationNoise * (1 + noiseGrowth * (tier - 1));
    }

    /** E.g. {@code ρ 0.50, σobs 0.50 (+50%/tier), switch 0.10, search 0.05/bit, growth 1.60}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "\u03c1 %.2f, \u03c3obs %.2f (+%.0f%%/tier), switch %.2f, search %.3f/bit, growth"
                        + " %.2f",
                persistence,
                observationNoise,
                100 * noiseGrowth,
                switchCost,
                searchCost,
                optionGrowth);
    }
}
