package org.paramlab.search.pcf;

import org.paramlab.search.montecarlo.MonteCarlo;
import org.paramlab.search.montecarlo.MonteCarloConfig;
import org.paramlab.viz.ProgressBar;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the SPARK Monte Carlo study ({@link PcfSimulator}) on the {@link MonteCarlo} engine: per
 * tier under one prior setting ({@link #run}), and over random settings ({@link #robustness}). Tier
 * t's stream is seeded from {@code seed·1,000,003 + t}, so tiers are independent and every result
 * is the same on any number of threads.
 */
public final class Pcf {
    private Pcf() {}

    /** The study under {@code priors} with {@code config.runsPerTier()} runs per tier. */
    public static PcfResult run(PcfConfig config, SparkPriors priors) {
        return run(config, priors, config.runsPerTier(), config.seed(), "SPARK tiers");
    }

    /**
     * {@code config.settings()} random settings (drawn from a stream of {@code seed + 1}), each run
     * with {@code config.runsPerSetting()} runs per tier.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static PcfRobustnessResult robustness(PcfConfig config) {
        SplittableRandom draw = new SplittableRandom(config.seed() + 1);
        List<PcfResult> results = new ArrayList<>();
        try (ProgressBar bar =
                ProgressBar.start(
                        "robustness, " + config.settings() + " prior settings",
                        config.settings())) {
            for (int s = 0; s < config.settings(); s++) {
                SparkPriors priors = SparkPriors.random(draw);
                results.add(
                        run(config, priors, config.runsPerSetting(), config.seed() * 7919 + s, ""));
                bar.step();
            }
        }
        return new PcfRobustnessResult(results);
    }

    private static PcfResult run(
            PcfConfig config, SparkPriors priors, long runs, long seed, String label) {
        int tiers = config.tiers();
        int[] options = new int[tiers];
        double[] gain = new double[tiers];
        double[] se = new double[tiers];
        double[] stat = new double[tiers];
        double[] adapt = new double[tiers];
        double[] switches = new double[tiers];
        for (int t = 1; t <= tiers; t++) {
            int tier = t;
            MonteCarloConfig mc =
                    new MonteCarloConfig(
                            runs,
                            seed * 1_000_003L + t,
                            config.threads(),
                            MonteCarloConfig.DEFAULT_BLOCK_SIZE,
                            label.isEmpty() ? "" : label + ", tier " + t);
            double[] acc =
                    MonteCarlo.run(
                            mc,
                            () -> new double[PcfSimulator.SLOTS],
                            (random, a) -> PcfSimulator.episode(priors, tier, random, a),
                            MonteCarlo::sum);
            double mean = acc[0] / runs;
            double variance =
                    Math.max(0, acc[1] / runs - mean * mean) * runs / Math.max(1, runs - 1);
            options[t - 1] = priors.optionsAt(t);
            gain[t - 1] = mean;
            se[t - 1] = Math.sqrt(variance / runs);
            stat[t - 1] = acc[2] / runs;
            adapt[t - 1] = acc[3] / runs;
            switches[t - 1] = acc[4] / runs;
        }
        return new PcfResult(priors, runs, options, gain, se, stat, adapt, switches);
    }
}
