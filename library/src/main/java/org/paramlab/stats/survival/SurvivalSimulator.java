package org.paramlab.stats.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates right-censored data from a {@link SurvivalModel} by exact inversion of the cumulative
 * hazard: T = H⁻¹(−log U; θᵢ), U ~ U(0, 1), which is +∞ for the cured subjects of a defective
 * distribution; censoring times C ~ Exponential(r), independent of T; observed (min(T, C), T ≤ C).
 *
 * <p>{@link #censoringRate} finds the r that censors a given expected share of subjects, from P(C
 * &lt; T | x) = ∫₀¹ S(−log(v)/r | x) dv (Simpson's rule, 2,000 intervals) averaged over the
 * covariate rows, and bisection on log r.
 */
public final class SurvivalSimulator {
    private static final int SIMPSON_INTERVALS = 2000;

    private SurvivalSimulator() {}

    /**
     * Event times (before censoring), one per covariate row.
     *
     * @param coefficients the true coefficients, in {@link SurvivalModel#coefficientNames()} order
     * @param covariates values of every covariate the model uses, all of one length n
     */
    public static double[] eventTimes(
            SurvivalModel model,
            double[] coefficients,
            Map<String, double[]> covariates,
            SplittableRandom random) {
        double[][] profiles = profiles(model, covariates);
        double[] times = new double[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            double[] theta = model.parameters(coefficients, profiles[i]);
            double e = -Math.log(1 - random.nextDouble()); // Exp(1), never log 0
            times[i] = model.family().inverseCumulativeHazard(e, theta);
        }
        return times;
    }

    /**
     * A censored sample: event times from the model, exponential censoring with rate {@code
     * censoringRate} (0 for none; cured subjects are then censored at the largest finite time).
     */
    public static CensoredSample simulate(
            SurvivalModel model,
            double[] coefficients,
            Map<String, double[]> covariates,
            double censoringRate,
            SplittableRandom random) {
        if (!(censoringRate >= 0) || Double.isInfinite(censoringRate)) {
            throw new IllegalArgumentException(
                    "The censoring rate must be finite and >= 0, found " + censoringRate + ".");
        }
        double[] t = eventTimes(model, coefficients, covariates, random);
        double[] observed = new double[t.length];
        boolean[] event = new boolean[t.length];
        double largestFinite = 0;
        for (int i = 0; i < t.length; i++) {
            double c =
                    censoringRate > 0
                            ? -Math.log(1 - random.nextDouble()) / censoringRate
                            : Double.POSITIVE_INFINITY;
            event[i] = Double.isFinite(t[i]) && t[i] <= c;
            observed[i] = Math.min(t[i], c);
            if (Double.isFinite(observed[i])) {
                largestFinite = Math.max(largestFinite, observed[i]);
            }
        }
        for (int i = 0; i < t.length; i++) {
            if (Double.isInfinite(observed[i])) {
                observed[i] = largestFinite;
            }
        }
        return new CensoredSample(observed, event, new LinkedHashMap<>(covariates), 0);
    }

    /**
     * The exponential censoring rate r that censors {@code fraction} of subjects in expectation,
     * averaging over the given covariate rows.
     *
     * @throws IllegalArgumentException if the fraction is outside (cure fraction, 1)
     */
    public static double censoringRate(
            SurvivalModel model,
            double[] coefficients,
            Map<String, double[]> covariates,
            double fraction) {
        double[][] profiles = distinctProfiles(model, covariates);
        double[] weights = weights(model, covariates, profiles);
        List<double[]> thetas = new ArrayList<>();
        double cure = 0;
        double medianScale = 0;
        for (int p = 0; p < profiles.length; p++) {
            double[] theta = model.parameters(coefficients, profiles[p]);
            thetas.add(theta);
            cure += weights[p] * model.family().cureFraction(theta);
            medianScale +=
                    weights[p] * model.family().inverseCumulativeHazard(Math.log(2), thetas.get(p));
        }
        if (!(fraction > cure && fraction < 1)) {
            throw new IllegalArgumentException(
                    "Cannot censor "
                            + fraction
                            + " of subjects: expected a fraction in ("
                            + cure
                            + ", 1), the lower end being the cure fraction (cured subjects are"
                            + " always censored).");
        }
        double lo = Math.log(1e-8 / medianScale);
        double hi = Math.log(1e8 / medianScale);
        for (int iteration = 0; iteration < 200 && hi - lo > 1e-12; iteration++) {
            double mid = (lo + hi) / 2;
            if (censoredShare(model, thetas, weights, Math.exp(mid)) < fraction) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** The expected censored share at rate r. */
    static double censoredShare(
            SurvivalModel model, List<double[]> thetas, double[] weights, double rate) {
        double total = 0;
        for (int p = 0; p < thetas.size(); p++) {
            double[] theta = thetas.get(p);
            double h = 1.0 / SIMPSON_INTERVALS;
            double sum = 0;
            for (int k = 0; k <= SIMPSON_INTERVALS; k++) {
                double v = k * h;
                double s =
                        v == 0
                                ? model.family().cureFraction(theta)
                                : model.family().survival(-Math.log(v) / rate, theta);
                double w = k == 0 || k == SIMPSON_INTERVALS ? 1 : (k % 2 == 1 ? 4 : 2);
                sum += w * s;
            }
            total += weights[p] * sum * h / 3;
        }
        return total;
    }

    private static double[][] profiles(SurvivalModel model, Map<String, double[]> covariates) {
        List<String> names = model.covariates();
        int n = -1;
        for (String name : names) {
            double[] values = covariates.get(name);
            if (values == null) {
                throw new IllegalArgumentException(
                        "Model '"
                                + model.name()
                                + "' needs covariate '"
                                + name
                                + "'; the simulation design has "
                                + covariates.keySet()
                                + ".");
            }
            if (n >= 0 && values.length != n) {
                throw new IllegalArgumentException(
                        "Covariate '"
                                + name
                                + "' has "
                                + values.length
                                + " rows, others "
                                + n
                                + ".");
            }
            n = values.length;
        }
        if (n < 0) {
            n = covariates.values().stream().findFirst().map(v -> v.length).orElse(0);
        }
        if (n <= 0) {
            throw new IllegalArgumentException(
                    "The simulation design has no rows; give at least one covariate row (e.g. a"
                            + " column of zeros named after an unused covariate).");
        }
        double[][] rows = new double[n][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] values = covariates.get(names.get(j));
            for (int i = 0; i < n; i++) {
                rows[i][j] = values[i];
            }
        }
        return rows;
    }

    private static double[][] distinctProfiles(
            SurvivalModel model, Map<String, double[]> covariates) {
        Map<List<Double>, double[]> distinct = new LinkedHashMap<>();
        for (double[] row : profiles(model, covariates)) {
            distinct.putIfAbsent(java.util.Arrays.stream(row).boxed().toList(), row);
        }
        return distinct.values().toArray(double[][]::new);
    }

    private static double[] weights(
            SurvivalModel model, Map<String, double[]> covariates, double[][] distinct) {
        double[][] rows = profiles(model, covariates);
        double[] weights = new double[distinct.length];
        for (double[] row : rows) {
            for (int p = 0; p < distinct.length; p++) {
                if (java.util.Arrays.equals(row, distinct[p])) {
                    weights[p] += 1.0 / rows.length;
                    break;
                }
            }
        }
        return weights;
    }
}
