package org.paramlab.stats.tuning;

/**
 * Counts the local extrema of a function sampled on a grid, the empirical face of the "bounded
 * oscillations" in Balcan, Nguyen and Sharma (arXiv:2501.13734): runs of equal values (plateaus,
 * which a piecewise-constant accuracy has many of) are merged first, then every interior point of
 * the merged sequence that is strictly above or strictly below both neighbours counts once.
 */
public final class Oscillations {
    private Oscillations() {}

    /** The number of interior local maxima and minima of {@code values} after merging plateaus. */
    public static int count(double[] values) {
        double[] merged = new double[values.length];
        int m = 0;
        for (double v : values) {
            if (m == 0 || Math.abs(v - merged[m - 1]) > 1e-12) {
                merged[m++] = v;
            }
        }
        int extrema = 0;
        for (int i = 1; i < m - 1; i++) {
            boolean max = merged[i] > merged[i - 1] && merged[i] > merged[i + 1];
            boolean min = merged[i] < merged[i - 1] && merged[i] < merged[i + 1];
            extrema += max || min ? 1 : 0;
        }
        return extrema;
    }
}
