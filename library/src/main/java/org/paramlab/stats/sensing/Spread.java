package org.paramlab.stats.sensing;

import java.util.Locale;

/**
 * The spread of a few positive measurements that theory says should agree, such as ρ/α² across
 * initialization scales (Xiong, Ding and Du, ICLR 2024, arXiv:2310.01769, Theorem 1.3) or the rate
 * of the one-step modification across α.
 *
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean
 * @param count the number of values
 */
public record Spread(double min, double max, double mean, int count) {

    /**
     * Summarizes {@code values}.
     *
     * @throws IllegalArgumentException if there are none or one is not positive and finite
     */
    public static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A spread needs at least one value, found none.");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double value : values) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(
                        "Spread values must be positive and finite, found "
                                + value
                                + "; a missing fit should be dropped, not passed as "
                                + value
                                + ".");
            }
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }
        return new Spread(min, max, sum / values.length, values.length);
    }

    /** max/min: 1 when all values agree. */
    public double ratio() {
        return max / min;
    }

    /** The largest |x/mean − 1|: 0.2 means every value lies within ±20 % of the mean. */
    public double maxRelativeDeviation() {
        return Math.max(max / mean - 1, 1 - min / mean);
    }

    /** E.g. {@code 0.04170–0.05180 (mean 0.04528, ±14.4 %, max/min 1.24, n = 4)}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%.4g\u2013%.4g (mean %.4g, \u00b1%.1f %%, max/min %.3g, n = %d)",
                min,
                max,
                mean,
                100 * maxRelativeDeviation(),
                ratio(),
                count);
    }
}
