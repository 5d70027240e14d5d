package org.paramlab.search.pcf;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The robustness study: the SPARK simulation under many random prior settings, and in how many the
 * adaptive-versus-static gain declines at every step from tier 1 to tier 5.
 *
 * @param results one result per setting
 */
public record PcfRobustnessResult(List<PcfResult> results) {

    /** Copies the list. */
    public PcfRobustnessResult {
        results = List.copyOf(results);
    }

    /** The share of settings whose gain declines at every tier step. */
    public double decliningShare() {
        return results.isEmpty()
                ? Double.NaN
                : results.stream().filter(PcfResult::declines).count() / (double) results.size();
    }

    /** How often each tier (1-based, index 0 unused) has the largest gain. */
    public int[] peakTierCounts() {
        int tiers = results.isEmpty() ? 0 : results.get(0).meanGain().length;
        int[] counts = new int[tiers + 1];
        for (PcfResult r : results) {
            counts[r.peakTier()]++;
        }
        return counts;
    }

    /** One row per setting: its priors, gains at tier 1 and the last tier, peak tier, declines. */
    public Table table() {
        IntColumn setting = IntColumn.create("setting");
        StringColumn priors = StringColumn.create("priors");
        DoubleColumn first = DoubleColumn.create("gain tier 1");
        DoubleColumn last = DoubleColumn.create("gain last tier");
        IntColumn peak = IntColumn.create("peak tier");
        StringColumn declines = StringColumn.create("declines");
        for (int i = 0; i < results.size(); i++) {
            PcfResult r = results.get(i);
            double[] g = r.meanGain();
            setting.append(i + 1);
            priors.append(r.priors().toString());
            first.append(g[0]);
            last.append(g[g.length - 1]);
            peak.append(r.peakTier());
            declines.append(r.declines() ? "yes" : "no");
        }
        return Table.create("robustness over " + results.size() + " prior settings")
                .addColumns(setting, priors, first, last, peak, declines);
    }
}
