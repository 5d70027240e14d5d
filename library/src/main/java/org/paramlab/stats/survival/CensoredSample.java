package org.paramlab.stats.survival;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Right-censored survival data: times tᵢ &gt; 0, event indicators δᵢ (true = the event was seen,
 * false = censored at tᵢ) and named numeric covariates. Immutable: accessors return copies.
 *
 * <p>Built from a table with {@link #from(Table, String, String, double, String...)}, which keeps
 * complete cases only (as R's {@code na.omit}), or from arrays. Validation rejects what no survival
 * model can use: non-positive or non-finite times, data without a single event, covariates of the
 * wrong length.
 *
 * @param times observed times, all &gt; 0
 * @param events true where the event was observed
 * @param covariates covariate name → values, one per subject, in insertion order
 * @param dropped rows left out of the source table for missing values
 */
public record CensoredSample(
        double[] times, boolean[] events, Map<String, double[]> covariates, int dropped) {

    /**
     * Validates and copies everything.
     *
     * @throws IllegalArgumentException for a time that is not positive and finite (naming the row),
     *     data without events, or a covariate of the wrong length or with non-finite values
     */
    public CensoredSample {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(covariates, "covariates");
        times = times.clone();
        events = events.clone();
        if (times.length == 0) {
            throw new IllegalArgumentException(
                    "A survival sample needs at least one subject, found none.");
        }
        if (events.length != times.length) {
            throw new IllegalArgumentException(
                    "There are "
                            + times.length
                            + " times but "
                            + events.length
                            + " event indicators; give one indicator per time.");
        }
        for (int i = 0; i < times.length; i++) {
            if (!(times[i] > 0) || Double.isInfinite(times[i])) {
                throw new IllegalArgumentException(
                        "Survival times must be positive and finite; found "
                                + times[i]
                                + " at row "
                                + i
                                + ". Remove the row or correct the time (a time of 0 can be set to"
                                + " half the smallest positive time, as some analyses do).");
            }
        }
        int eventCount = 0;
        for (boolean e : events) {
            eventCount += e ? 1 : 0;
        }
        if (eventCount == 0) {
            throw new IllegalArgumentException(
                    "All "
                            + times.length
                            + " subjects are censored: expected at least one observed event. Check"
                            + " the status coding (e.g. lung's status is 2 for a death, veteran's"
                            + " 1).");
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> entry : covariates.entrySet()) {
            double[] values = entry.getValue();
            if (values.length != times.length) {
                throw new IllegalArgumentException(
                        "Covariate '"
                                + entry.getKey()
                                + "' has "
                                + values.length
                                + " values for "
                                + times.length
                                + " subjects; give one value per subject.");
            }
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException(
                            "Covariate '"
                                    + entry.getKey()
                                    + "' is "
                                    + values[i]
                                    + " at row "
                                    + i
                                    + "; expected a finite number. Drop incomplete rows first.");
                }
            }
            copy.put(entry.getKey(), values.clone());
        }
        covariates = Collections.unmodifiableMap(copy);
    }

    /** A sample without covariates. */
    public static CensoredSample of(double[] times, boolean[] events) {
        return new CensoredSample(times, events, Map.of(), 0);
    }

    /**
     * Reads a sample from {@code table}: the event is observed where {@code statusColumn} equals
     * {@code eventCode}; covariates are numeric columns. Rows with a missing time, status or
     * covariate are dropped and counted in {@link #dropped()}.
     *
     * <pre>{@code
     * var lung = CensoredSample.from(new SurvivalData().lung(), "time", "status", 2, "sex", "age");
     * }</pre>
     *
     * @throws IllegalArgumentException if a column is missing (listing the table's columns) or not
     *     numeric
     */
    public static CensoredSample from(
            Table table,
            String timeColumn,
            String statusColumn,
            double eventCode,
            String... covariateColumns) {
        double[] time = numeric(table, timeColumn);
        double[] status = numeric(table, statusColumn);
        List<double[]> columns = new ArrayList<>();
        for (String name : covariateColumns) {
            columns.add(numeric(table, name));
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            boolean complete = !Double.isNaN(time[i]) && !Double.isNaN(status[i]);
            for (double[] column : columns) {
                complete &= !Double.isNaN(column[i]);
            }
            if (complete) {
                keep.add(i);
            }
        }
        double[] times = new double[keep.size()];
        boolean[] events = new boolean[keep.size()];
        Map<String, double[]> covariates = new LinkedHashMap<>();
        for (int c = 0; c < covariateColumns.length; c++) {
            covariates.put(covariateColumns[c], new double[keep.size()]);
        }
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            times[k] = time[i];
            events[k] = status[i] == eventCode;
            for (int c = 0; c < covariateColumns.length; c++) {
                covariates.get(covariateColumns[c])[k] = columns.get(c)[i];
            }
        }
        return new CensoredSample(times, events, covariates, time.length - keep.size());
    }

    private static double[] numeric(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new IllegalArgumentException(
                    "Table '"
                            + table.name()
                            + "' has no column '"
                            + name
                            + "'; its columns are "
                            + table.columnNames()
                            + ".");
        }
        Column<?> column = table.column(name);
        double[] out = new double[column.size()];
        for (int i = 0; i < out.length; i++) {
            if (column.isMissing(i)) {
                out[i] = Double.NaN;
                continue;
            }
            Object value = column.get(i);
            if (!(value instanceof Number number)) {
                throw new IllegalArgumentException(
                        "Column '"
                                + name
                                + "' is not numeric (found "
                                + column.type().name()
                                + "); recode it first, e.g. with withCovariate(name, values).");
            }
            out[i] = number.doubleValue();
        }
        return out;
    }

    /** Observed times (a copy). */
    @Override
    public double[] times() {
        return times.clone();
    }

    /** Event indicators (a copy). */
    @Override
    public boolean[] events() {
        return events.clone();
    }

    /** Covariate name → values, deep-copied. */
    @Override
    public Map<String, double[]> covariates() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        covariates.forEach((name, values) -> copy.put(name, values.clone()));
        return Collections.unmodifiableMap(copy);
    }

    /** The number of subjects. */
    public int size() {
        return times.length;
    }

    /** The number of observed events. */
    public int eventCount() {
        int count = 0;
        for (boolean e : events) {
            count += e ? 1 : 0;
        }
        return count;
    }

    /** The covariate names, in order. */
    public Set<String> covariateNames() {
        return covariates.keySet();
    }

    /**
     * A covariate's values (a copy).
     *
     * @throws IllegalArgumentException if there is no such covariate, listing those there are
     */
    public double[] covariate(String name) {
        double[] values = covariates.get(name);
        if (values == null) {
            throw new IllegalArgumentException(
                    "The sample has no covariate '"
                            + name
                            + "'; it has "
                            + covariates.keySet()
                            + ". Add it with withCovariate(name, values).");
        }
        return values.clone();
    }

    /** This sample with one more (or a replaced) covariate. */
    public CensoredSample withCovariate(String name, double[] values) {
        Map<String, double[]> next = new LinkedHashMap<>(covariates);
        next.put(name, values);
        return new CensoredSample(times, events, next, dropped);
    }

    /** The median observed time (events and censorings together). */
    public double medianTime() {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The share of subjects censored. */
    public double censoredFraction() {
        return 1 - (double) eventCount() / size();
    }

    /** E.g. {@code 137 subjects, 128 events (6.6 % censored), covariates [trt]}. */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%d subjects, %d events (%.1f %% censored), covariates %s%s",
                size(),
                eventCount(),
                100 * censoredFraction(),
                covariates.keySet(),
                dropped > 0 ? ", " + dropped + " incomplete rows dropped" : "");
    }
}
