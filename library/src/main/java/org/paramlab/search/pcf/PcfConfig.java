package org.paramlab.search.pcf;

/**
 * Sizes of the PCF Monte Carlo study.
 *
 * @param tiers complexity tiers (5 in the paper)
 * @param runsPerTier episodes per tier under the default priors (250,000: 1.25 M in all, the
 *     paper's count)
 * @param settings random prior settings of the robustness study (200)
 * @param runsPerSetting episodes per tier and setting in the robustness study
 * @param seed the seed every stream derives from
 * @param threads worker threads (results do not depend on it)
 */
public record PcfConfig(
        int tiers, long runsPerTier, int settings, long runsPerSetting, long seed, int threads) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if a count is below 1 (settings may be 0) or tiers below 2
     */
    public PcfConfig {
        if (tiers < 2 || runsPerTier < 1 || settings < 0 || runsPerSetting < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "Need tiers >= 2 and positive run and thread counts (settings >= 0), found"
                            + " tiers "
                            + tiers
                            + ", runsPerTier "
                            + runsPerTier
                            + ", settings "
                            + settings
                            + ", runsPerSetting "
                            + runsPerSetting
                            + ", threads "
                            + threads
                            + ".");
        }
    }

    /** 5 tiers × 250,000 runs, 200 settings × 20,000 runs per tier, seed 42, every core. */
    public static PcfConfig defaults() {
        return new PcfConfig(
                5, 250_000, 200, 20_000, 42, Runtime.getRuntime().availableProcessors());
    }

    /** This config with other run counts. */
    public PcfConfig withRuns(long perTier, int settingCount, long perSetting) {
        return new PcfConfig(tiers, perTier, settingCount, perSetting, seed, threads);
    }

    /** This config on another number of threads. */
    public PcfConfig withThreads(int value) {
        return new PcfConfig(tiers, runsPerTier, settings, runsPerSetting, seed, value);
    }

    /** This config with another seed. */
    public PcfConfig withSeed(long value) {
        return new PcfConfig(tiers, runsPerTier, settings, runsPerSetting, value, threads);
    }
}
