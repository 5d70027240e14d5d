package org.paramlab.lm.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * A log-linear regression with bootstrap confidence intervals:
 *
 * <pre>
 *   ln y = β₀ + Σⱼ βⱼ·ln xⱼ,      i.e.  y = e^β₀ · Πⱼ xⱼ^βⱼ
 * </pre>
 *
 * fitted by least squares on all points; the 95% intervals are the 2.5th and 97.5th percentiles of
 * the coefficients refitted on {@code bootstraps} resamples of the points drawn with replacement
 * (resamples that cannot determine the coefficients are skipped). This is Step Law's procedure for
 * η*(N, D) and B*(N, D) (Li et al., 2025, arXiv:2503.04715; repository {@code step-law/steplaw},
 * {@code code/fit_tool.py}: linear regressions of log lr and log bs on log N and log D, 1,000
 * bootstraps), except that the repository reports the bootstrap mean where this reports the
 * full-data fit (both are kept: {@link #bootstrapMeans()}).
 *
 * @param predictors the names of x₁ … x_k
 * @param coefficients β₀ (the log intercept), β₁ … β_k
 * @param lower 2.5th percentiles of the bootstrap coefficients
 * @param upper 97.5th percentiles
 * @param bootstrapMeans means of the bootstrap coefficients
 * @param rSquared R² in log space
 * @param points the number of points fitted
 * @param bootstraps resamples that could be fitted
 */
public record LogLinearFit(
        List<String> predictors,
        double[] coefficients,
        double[] lower,
        double[] upper,
        double[] bootstrapMeans,
        double rSquared,
        int points,
        int bootstraps) {

    /** Copies the list. */
    public LogLinearFit {
        predictors = List.copyOf(predictors);
    }

    /**
     * Fits ln y on ln x (x: one row per point, one column per predictor).
     *
     * @throws IllegalArgumentException for non-positive values, mismatched lengths or too few
     *     points to determine the coefficients
     */
    public static LogLinearFit fit(
            double[][] x, double[] y, List<String> predictors, int bootstraps, long seed) {
        Objects.requireNonNull(predictors, "predictors");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(
                    "Need one row of predictors per value, found "
                            + x.length
                            + " rows and "
                            + y.length
                            + " values");
        }
        int k = predictors.size();
        double[][] lx = new double[x.length][k];
        double[] ly = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException(
                        "Row " + i + " has " + x[i].length + " predictors, expected " + k);
            }
            ly[i] = log(y[i], "y[" + i + "]");
            for (int j = 0; j < k; j++) {
                lx[i][j] = log(x[i][j], predictors.get(j) + "[" + i + "]");
            }
        }
        double[] beta = LeastSquares.solve(lx, ly);
        double r2 = LeastSquares.rSquared(lx, ly, beta);
        Random random = new Random(seed);
        List<double[]> samples = new ArrayList<>();
        for (int b = 0; b < bootstraps; b++) {
            double[][] bx = new double[y.length][];
            double[] by = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                int pick = random.nextInt(y.length);
                bx[i] = lx[pick];
                by[i] = ly[pick];
            }
            try {
                samples.add(LeastSquares.solve(bx, by));
            } catch (IllegalArgumentException degenerate) {
                // a resample with too few distinct points; skip it
            }
        }
        double[] lo = new double[k + 1];
        double[] hi = new double[k + 1];
        double[] mean = new double[k + 1];
        for (int j = 0; j <= k; j++) {
            final int c = j;
            double[] values = samples.stream().mapToDouble(s -> s[c]).sorted().toArray();
            lo[j] = percentile(values, 0.025);
            hi[j] = percentile(values, 0.975);
            mean[j] = Arrays.stream(values).average().orElse(Double.NaN);
        }
        return new LogLinearFit(predictors, beta, lo, hi, mean, r2, y.length, samples.size());
    }

    /** β_j of predictor {@code name} (the exponent of that variable). */
    public double exponent(String name) {
        int j = predictors.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("No predictor '" + name + "'; have " + predictors);
        }
        return coefficients[j + 1];
    }

    /** e^β₀, the power law's prefactor. */
    public double prefactor() {
        return Math.exp(coefficients[0]);
    }

    /** e^β₀·Πⱼ xⱼ^βⱼ at {@code x}. */
    public double predict(double... x) {
        double v = coefficients[0];
        for (int j = 0; j < x.length; j++) {
            v += coefficients[j + 1] * Math.log(x[j]);
        }
        return Math.exp(v);
    }

    /** e.g. {@code y = 1.79·N^-0.713 [-0.80, -0.62]·D^0.307 [...] (R² 0.93)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "y = %.3g", prefactor()));
        for (int j = 0; j < predictors.size(); j++) {
            s.append(
                    String.format(
                            Locale.ROOT,
                            "·%s^%.3f [%.3f, %.3f]",
                            predictors.get(j),
                            coefficients[j + 1],
                            lower[j + 1],
                            upper[j + 1]));
        }
        return s.append(String.format(Locale.ROOT, " (R² %.3f, %d points)", rSquared, points))
                .toString();
    }

    static double log(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(
                    "A log-linear fit needs positive finite values; " + what + " = " + v);
        }
        return Math.log(v);
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int lo = (int) Math.floor(position);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (position - lo) * (sorted[hi] - sorted[lo]);
    }
}
