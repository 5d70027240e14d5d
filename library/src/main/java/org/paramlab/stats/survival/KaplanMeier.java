package org.paramlab.stats.survival;

import org.hipparchus.distribution.continuous.NormalDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Kaplan–Meier product-limit estimator Ŝ(t) = Π_{tⱼ ≤ t}(1 − dⱼ/nⱼ) (Kaplan and Meier,
 * "Nonparametric estimation from incomplete observations", JASA 53(282):457–481, 1958) with
 * Greenwood's variance of log Ŝ, σ² = Σ dⱼ/(nⱼ(nⱼ − dⱼ)), and pointwise confidence limits as R's
 * {@code survfit} (see {@link ConfidenceBand}).
 *
 * <pre>{@code
 * KaplanMeierCurve km = KaplanMeier.fit(sample);                     // log band, 95 %
 * Map<Double, KaplanMeierCurve> arms = KaplanMeier.byGroup(sample, "trt");
 * }</pre>
 */
public final class KaplanMeier {
    private KaplanMeier() {}

    /** Ŝ with a 95 % log band. */
    public static KaplanMeierCurve fit(CensoredSample sample) {
        return fit(sample.times(), sample.events(), ConfidenceBand.LOG, 0.95);
    }

    /**
     * Ŝ with the given band and level.
     *
     * @throws IllegalArgumentException if the lengths differ, a time is not positive, or the level
     *     is outside (0, 1)
     */
    public static KaplanMeierCurve fit(
            double[] times, boolean[] events, ConfidenceBand band, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(
                    "The confidence level must be in (0, 1), found " + level + "; e.g. 0.95.");
        }
        int n = times.length;
        if (events.length != n) {
            throw new IllegalArgumentException(
                    "There are " + n + " times but " + events.length + " event indicators.");
        }
        for (int i = 0; i < n; i++) {
            if (!(times[i] >= 0) || Double.isInfinite(times[i])) {
                throw new IllegalArgumentException(
                        "Survival times must be non-negative and finite; found "
                                + times[i]
                                + " at row "
                                + i
                                + ". Remove or correct the row.");
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> times[i]));
        List<double[]> rows = new ArrayList<>();
        int atRisk = n;
        double s = 1;
        double greenwood = 0;
        int i = 0;
        while (i < n) {
            double t = times[order[i]];
            int d = 0;
            int c = 0;
            while (i < n && times[order[i]] == t) {
                if (events[order[i]]) {
                    d++;
                } else {
                    c++;
                }
                i++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                greenwood +=
                        atRisk > d
                                ? (double) d / ((double) atRisk * (atRisk - d))
                                : Double.POSITIVE_INFINITY;
            }
            rows.add(new double[] {t, atRisk, d, c, s, Math.sqrt(greenwood)});
            atRisk -= d + c;
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        int m = rows.size();
        double[] time = new double[m];
        int[] risk = new int[m];
        int[] event = new int[m];
        int[] censor = new int[m];
        double[] surv = new double[m];
        double[] se = new double[m];
        double[] lower = new double[m];
        double[] upper = new double[m];
        for (int r = 0; r < m; r++) {
            double[] row = rows.get(r);
            time[r] = row[0];
            risk[r] = (int) row[1];
            event[r] = (int) row[2];
            censor[r] = (int) row[3];
            surv[r] = row[4];
            se[r] = row[5];
            double[] limits = limits(band, surv[r], se[r], z);
            lower[r] = limits[0];
            upper[r] = limits[1];
        }
        return new KaplanMeierCurve(time, risk, event, censor, surv, se, lower, upper, band, level);
    }

    /**
     * One curve per distinct value of {@code covariate}, in ascending order of the value (95 % log
     * bands).
     */
    public static Map<Double, KaplanMeierCurve> byGroup(CensoredSample sample, String covariate) {
        double[] x = sample.covariate(covariate);
        double[] times = sample.times();
        boolean[] events = sample.events();
        Map<Double, KaplanMeierCurve> out = new LinkedHashMap<>();
        for (double level : new TreeSet<>(Arrays.stream(x).boxed().toList())) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (x[i] == level) {
                    rows.add(i);
                }
            }
            double[] t = new double[rows.size()];
            boolean[] e = new boolean[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                t[k] = times[rows.get(k)];
                e[k] = events[rows.get(k)];
            }
            out.put(level, fit(t, e, ConfidenceBand.LOG, 0.95));
        }
        return out;
    }

    static double[] limits(ConfidenceBand band, double s, double se, double z) {
        if (s == 0 || !Double.isFinite(se)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return switch (band) {
            case LOG -> new double[] {s * Math.exp(-z * se), Math.min(1, s * Math.exp(z * se))};
            case PLAIN -> new double[] {Math.max(0, s - z * se * s), Math.min(1, s + z * se * s)};
            case LOG_LOG -> {
                if (s == 1) {
                    yield new double[] {Double.NaN, Double.NaN};
                }
                double center = Math.log(-Math.log(s));
                double width = z * se / Math.log(s);
                double a = Math.exp(-Math.exp(center + width));
                double b = Math.exp(-Math.exp(center - width));
                yield new double[] {Math.min(a, b), Math.max(a, b)};
            }
        };
    }
}
