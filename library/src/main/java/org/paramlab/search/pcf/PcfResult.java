package org.paramlab.search.pcf;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Per-tier outcomes of the SPARK simulation under one prior setting. Immutable: array accessors
 * return copies.
 *
 * @param priors the setting
 * @param runs episodes per tier
 * @param options options per SPARK dimension at each tier
 * @param meanGain mean adaptive − static performance per tier
 * @param gainStandardError its Monte Carlo standard error per tier
 * @param meanStatic mean static performance per tier
 * @param meanAdaptive mean adaptive performance per tier
 * @param switchRate mean dimensions reconfigured per episode, per tier
 */
public record PcfResult(
        SparkPriors priors,
        long runs,
        int[] options,
        double[] meanGain,
        double[] gainStandardError,
        double[] meanStatic,
        double[] meanAdaptive,
        double[] switchRate) {

    /** Copies the arrays. */
    public PcfResult {
        options = options.clone();
        meanGain = meanGain.clone();
        gainStandardError = gainStandardError.clone();
        meanStatic = meanStatic.clone();
        meanAdaptive = meanAdaptive.clone();
        switchRate = switchRate.clone();
    }

    /** The {@code options} values (a copy). */
    @Override
    public int[] options() {
        return options.clone();
    }

    /** The {@code meanGain} values (a copy). */
    @Override
    public double[] meanGain() {
        return meanGain.clone();
    }

    /** The {@code gainStandardError} values (a copy). */
    @Override
    public double[] gainStandardError() {
        return gainStandardError.clone();
    }

    /** The {@code meanStatic} values (a copy). */
    @Override
    public double[] meanStatic() {
        return meanStatic.clone();
    }

    /** The {@code meanAdaptive} values (a copy). */
    @Override
    public double[] meanAdaptive() {
        return meanAdaptive.clone();
    }

    /** The {@code switchRate} values (a copy). */
    @Override
    public double[] switchRate() {
        return switchRate.clone();
    }

    /** True when the mean gain falls at every step from tier 1 to the last tier. */
    public boolean declines() {
        for (int t = 1; t < meanGain.length; t++) {
            if (!(meanGain[t] < meanGain[t - 1])) {
                return false;
            }
        }
        return true;
    }

    /** The tier (1-based) with the largest mean gain. */
    public int peakTier() {
        int best = 0;
        for (int t = 1; t < meanGain.length; t++) {
            if (meanGain[t] > meanGain[best]) {
                best = t;
            }
        }
        return best + 1;
    }

    /** One row per tier: options, configurations, static, adaptive, gain ± 1.96 SE, switches. */
    public Table table() {
        int tiers = meanGain.length;
        IntColumn tier = IntColumn.create("tier");
        IntColumn opts = IntColumn.create("options/dim");
        LongColumn space = LongColumn.create("configurations");
        DoubleColumn lower = DoubleColumn.create("gain 95% lower");
        DoubleColumn upper = DoubleColumn.create("gain 95% upper");
        for (int t = 0; t < tiers; t++) {
            tier.append(t + 1);
            opts.append(options[t]);
            space.append((long) Math.pow(options[t], PcfSimulator.DIMENSIONS));
            lower.append(meanGain[t] - 1.96 * gainStandardError[t]);
            upper.append(meanGain[t] + 1.96 * gainStandardError[t]);
        }
        return Table.create("SPARK simulation, " + runs + " runs per tier: " + priors)
                .addColumns(
                        tier,
                        opts,
                        space,
                        DoubleColumn.create("static", meanStatic),
                        DoubleColumn.create("adaptive", meanAdaptive),
                        DoubleColumn.create("gain", meanGain),
                        lower,
                        upper,
                        DoubleColumn.create("switches", switchRate));
    }
}
