package org.paramlab.stats.tuning;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The generalisation gap of a hyperparameter tuned on N tasks: for each N, the mean and standard
 * deviation over resamples of |mean_train u(α̂) − mean_held-out u(α̂)|, with α̂ maximising the mean
 * utility of the N training tasks. Immutable: accessors return copies.
 *
 * @param sizes the task counts N, ascending
 * @param meanGap mean gap per N
 * @param sdGap standard deviation of the gap over resamples per N
 * @param resamples resamples per N
 */
public record GapCurve(int[] sizes, double[] meanGap, double[] sdGap, int resamples) {

    /** Copies the arrays. */
    public GapCurve {
        sizes = sizes.clone();
        meanGap = meanGap.clone();
        sdGap = sdGap.clone();
    }

    /** The {@code sizes} values (a copy). */
    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** The {@code meanGap} values (a copy). */
    @Override
    public double[] meanGap() {
        return meanGap.clone();
    }

    /** The {@code sdGap} values (a copy). */
    @Override
    public double[] sdGap() {
        return sdGap.clone();
    }

    /** The least-squares slope of log(mean gap) on log N (−½ for a 1/√N law). */
    public double slope() {
        int n = sizes.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(sizes[i]) / n;
            my += Math.log(meanGap[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(sizes[i]) - mx;
            sxy += dx * (Math.log(meanGap[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    /** The mean gap at the largest N. */
    public double gapAtLargest() {
        return meanGap[meanGap.length - 1];
    }

    /** One row per N: N, mean gap, SD, standard error of the mean. */
    public Table table() {
        double[] se = new double[sdGap.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = sdGap[i] / Math.sqrt(resamples);
        }
        return Table.create("generalisation gap over " + resamples + " resamples")
                .addColumns(
                        IntColumn.create("N tasks", sizes),
                        DoubleColumn.create("mean gap", meanGap),
                        DoubleColumn.create("SD", sdGap),
                        DoubleColumn.create("SE", se));
    }
}
