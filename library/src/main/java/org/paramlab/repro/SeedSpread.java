package org.paramlab.repro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One configuration's score over its repeated runs (seeds): how many, the mean, and the range.
 * Papers report a mean; the range says whether a difference between two configurations is larger
 * than what the seed alone moves, which at laptop scale it often is not.
 *
 * <pre>{@code
 * List<SeedSpread<Run>> rows = SeedSpread.byGroup(runs, Run::method, Run::testAccuracy);
 * }</pre>
 *
 * @param group the configuration's name
 * @param first the group's first run, for what all its runs share (parameter counts, sizes)
 * @param runs how many runs it had, at least 1
 * @param mean the mean score
 * @param min the lowest score
 * @param max the highest score
 * @param <R> the run type
 */
public record SeedSpread<R>(String group, R first, int runs, double mean, double min, double max) {
    /** {@code max − min}. */
    public double spread() {
        return max - min;
    }

    /**
     * Summarises {@code runs} by {@code group}, in the order in which each group first appears.
     *
     * @throws IllegalArgumentException if a score is NaN
     */
    public static <R> List<SeedSpread<R>> byGroup(
            List<? extends R> runs,
            Function<? super R, String> group,
            ToDoubleFunction<? super R> score) {
        Map<String, List<R>> groups = new LinkedHashMap<>();
        for (R r : runs) {
            groups.computeIfAbsent(group.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<SeedSpread<R>> out = new ArrayList<>();
        groups.forEach(
                (name, members) -> {
                    double sum = 0;
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (R r : members) {
                        double v = score.applyAsDouble(r);
                        if (Double.isNaN(v)) {
                            throw new IllegalArgumentException("Run " + r + " has no score (NaN)");
                        }
                        sum += v;
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                    out.add(
                            new SeedSpread<>(
                                    name,
                                    members.get(0),
                                    members.size(),
                                    sum / members.size(),
                                    lo,
                                    hi));
                });
        return out;
    }

    /** The means of {@link #byGroup}, keyed by group in first-appearance order. */
    public static <R> Map<String, Double> means(
            List<? extends R> runs,
            Function<? super R, String> group,
            ToDoubleFunction<? super R> score) {
        Map<String, Double> out = new LinkedHashMap<>();
        byGroup(runs, group, score).forEach(s -> out.put(s.group(), s.mean()));
        return out;
    }

    /** {@code value} rounded to four decimals, as results tables show scores. */
    public static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
