package org.paramlab.stats.survival;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A Kaplan–Meier estimate with pointwise confidence limits, one row per distinct observed time
 * (events or censorings), as R's {@code survfit}. Immutable: array accessors return copies.
 *
 * @param times the distinct times, ascending
 * @param atRisk subjects at risk just before each time
 * @param events events at each time
 * @param censored censorings at each time
 * @param survival Ŝ(t) just after each time
 * @param standardError Greenwood's standard error of log Ŝ (R's {@code std.err})
 * @param lower lower confidence limit
 * @param upper upper confidence limit
 * @param band how the limits were built
 * @param level the confidence level, e.g. 0.95
 */
public record KaplanMeierCurve(
        double[] times,
        int[] atRisk,
        int[] events,
        int[] censored,
        double[] survival,
        double[] standardError,
        double[] lower,
        double[] upper,
        ConfidenceBand band,
        double level) {

    /** Copies the arrays. */
    public KaplanMeierCurve {
        times = times.clone();
        atRisk = atRisk.clone();
        events = events.clone();
        censored = censored.clone();
        survival = survival.clone();
        standardError = standardError.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The {@code times} values (a copy). */
    @Override
    public double[] times() {
        return times.clone();
    }

    /** The {@code atRisk} values (a copy). */
    @Override
    public int[] atRisk() {
        return atRisk.clone();
    }

    /** The {@code events} values (a copy). */
    @Override
    public int[] events() {
        return events.clone();
    }

    /** The {@code censored} values (a copy). */
    @Override
    public int[] censored() {
        return censored.clone();
    }

    /** The {@code survival} values (a copy). */
    @Override
    public double[] survival() {
        return survival.clone();
    }

    /** The {@code standardError} values (a copy). */
    @Override
    public double[] standardError() {
        return standardError.clone();
    }

    /** The {@code lower} values (a copy). */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** The {@code upper} values (a copy). */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** Ŝ(t), the right-continuous step function (1 before the first time). */
    public double survivalAt(double t) {
        double s = 1;
        for (int i = 0; i < times.length && times[i] <= t; i++) {
            s = survival[i];
        }
        return s;
    }

    /** The median survival time: the first time with Ŝ ≤ 0.5, or NaN if Ŝ stays above. */
    public double median() {
        for (int i = 0; i < times.length; i++) {
            if (survival[i] <= 0.5) {
                return times[i];
            }
        }
        return Double.NaN;
    }

    /** The curve as a table: time, n.risk, n.event, n.censor, surv, std.err, lower, upper. */
    public Table table() {
        return Table.create(
                        "Kaplan–Meier ("
                                + band.name().toLowerCase(java.util.Locale.ROOT)
                                + " band)")
                .addColumns(
                        DoubleColumn.create("time", times),
                        IntColumn.create("n.risk", atRisk),
                        IntColumn.create("n.event", events),
                        IntColumn.create("n.censor", censored),
                        DoubleColumn.create("surv", survival),
                        DoubleColumn.create("std.err", standardError),
                        DoubleColumn.create("lower", lower),
                        DoubleColumn.create("upper", upper));
    }
}
