package org.paramlab.stats.survival;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

import java.util.Locale;

/**
 * The likelihood-ratio test of a reduced model nested in a fuller one: Λ = 2(ℓ_full − ℓ_reduced),
 * referred to χ² with df = p_full − p_reduced degrees of freedom.
 *
 * <p>When the reduced model fixes a parameter on the boundary of its space (e.g. a cure fraction of
 * zero) the χ² reference is conservative; the record does not adjust for that.
 *
 * @param reduced the nested model's name
 * @param full the fuller model's name
 * @param statistic Λ
 * @param degreesOfFreedom df
 * @param pValue P(χ²_df ≥ Λ)
 */
public record LikelihoodRatioTest(
        String reduced, String full, double statistic, int degreesOfFreedom, double pValue) {

    /**
     * Tests {@code reduced} against {@code full}.
     *
     * @throws IllegalArgumentException if the fits use different data sizes or the reduced model
     *     does not have fewer coefficients
     */
    public static LikelihoodRatioTest of(SurvivalFitResult reduced, SurvivalFitResult full) {
        if (reduced.subjects() != full.subjects()) {
            throw new IllegalArgumentException(
                    "The fits use "
                            + reduced.subjects()
                            + " and "
                            + full.subjects()
                            + " subjects; a likelihood-ratio test needs the same data.");
        }
        int df = full.parameterCount() - reduced.parameterCount();
        if (df < 1) {
            throw new IllegalArgumentException(
                    "Model '"
                            + reduced.model().name()
                            + "' ("
                            + reduced.parameterCount()
                            + " coefficients) is not smaller than '"
                            + full.model().name()
                            + "' ("
                            + full.parameterCount()
                            + "); pass the nested model first.");
        }
        double statistic = Math.max(0, 2 * (full.logLikelihood() - reduced.logLikelihood()));
        double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(statistic);
        return new LikelihoodRatioTest(
                reduced.model().name(), full.model().name(), statistic, df, p);
    }

    /** E.g. {@code Weibull-PH vs APGW-PH: Λ = 12.3 on 2 df, p = 0.0021}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s vs %s: \u039b = %.3f on %d df, p = %.4g",
                reduced,
                full,
                statistic,
                degreesOfFreedom,
                pValue);
    }
}
