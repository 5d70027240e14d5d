package org.paramlab.search.pcf;

import java.util.SplittableRandom;

/**
 * One episode of our SPARK simulation for the polymorphic combinatorial frameworks (PCF) of the
 * paper in {@link org.paramlab.search.pcf}: a business (a café) is configured by one option in each
 * of the five SPARK dimensions (Skills, Personalities, Approaches, Resources, Knowledge), with m_t
 * options per dimension at complexity tier t.
 *
 * <pre>
 *   option fit in the tuned-for environment    q⁰_dj ~ N(0, 1)
 *   option fit now                              q_dj = ρ·q⁰_dj + √(1 − ρ²)·ξ_dj
 *   static agent                                keeps argmax_j q⁰_dj in every dimension
 *   adaptive agent                              judges q̂_dj = q_dj + N(0, σ_obs(t)²), takes argmax_j q̂_dj,
 *                                               pays switchCost per changed dimension and
 *                                               searchCost·log₂ m_t per dimension
 *   performance                                 Σ_d q_d,choice − costs + ε,  ε ~ N(0, σ²) shared
 * </pre>
 *
 * <p>Every line above is our mechanics, not the paper's (which are not public): it is what "fit
 * score − reconfiguration cost + noise" can mean with the fewest extra assumptions.
 */
public final class PcfSimulator {
    /** The five SPARK dimensions. */
    public static final int DIMENSIONS = 5;

    /** Accumulator slots: Σ gain, Σ gain², Σ static, Σ adaptive, Σ dimensions switched. */
    static final int SLOTS = 5;

    private PcfSimulator() {}

    /**
     * Runs one episode at {@code tier} and adds its outcome to {@code acc} (length {@link #SLOTS}).
     */
    public static void episode(
            SparkPriors priors, int tier, SplittableRandom random, double[] acc) {
        int m = priors.optionsAt(tier);
        double rho = priors.persistence();
        double drift = Math.sqrt(1 - rho * rho);
        double noise = priors.observationNoiseAt(tier);
        double bits = Math.log(m) / Math.log(2);
        double fitStatic = 0;
        double fitAdaptive = 0;
        int switched = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            int bestTuned = 0;
            int bestJudged = 0;
            double tunedMax = Double.NEGATIVE_INFINITY;
            double judgedMax = Double.NEGATIVE_INFINITY;
            double staticFit = 0;
            double adaptiveFit = 0;
            double[] now = new double[m];
            for (int j = 0; j < m; j++) {
                double tuned = random.nextGaussian();
                now[j] = rho * tuned + drift * random.nextGaussian();
                double judged = now[j] + noise * random.nextGaussian();
                if (tuned > tunedMax) {
                    tunedMax = tuned;
                    bestTuned = j;
                }
                if (judged > judgedMax) {
                    judgedMax = judged;
                    bestJudged = j;
                }
            }
            staticFit = now[bestTuned];
            adaptiveFit = now[bestJudged];
            fitStatic += staticFit;
            fitAdaptive += adaptiveFit;
            switched += bestJudged != bestTuned ? 1 : 0;
        }
        double shared = priors.performanceNoise() * random.nextGaussian();
        double staticPerformance = fitStatic + shared;
        double adaptivePerformance =
                fitAdaptive
                        - priors.switchCost() * switched
                        - priors.searchCost() * bits * DIMENSIONS
                        + shared;
        double gain = adaptivePerformance - staticPerformance;
        acc[0] += gain;
        acc[1] += gain * gain;
        acc[2] += staticPerformance;
        acc[3] += adaptivePerformance;
        acc[4] += switched;
    }
}
