package org.paramlab.stats.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * The six regression models the survival notebook compares, all special cases of {@link ApgwFamily}
 * (Burke, Jones and Noufaily, JRSS-C 69(2):429–457, 2020, arXiv:1901.03212): the Weibull with λ = 1
 * and κ = 1 fixed (PH scale φ), and the APGW with covariates in one or two places. "PH" puts the
 * covariate in φ, "AFT" in λ, "power" in γ.
 */
public final class ApgwModels {
    private ApgwModels() {}

    /** Weibull-PH: h = φγt^(γ−1) with φ ~ x. */
    public static SurvivalModel weibullPh(String covariate) {
        return weibull("Weibull-PH").withCovariates("phi", covariate);
    }

    /** Weibull-MPR: φ ~ x and γ ~ x (Burke and MacKenzie's multi-parameter regression). */
    public static SurvivalModel weibullMpr(String covariate) {
        return weibull("Weibull-MPR")
                .withCovariates("phi", covariate)
                .withCovariates("gamma", covariate);
    }

    /** APGW-PH: φ ~ x. */
    public static SurvivalModel apgwPh(String covariate) {
        return SurvivalModel.of("APGW-PH", ApgwFamily.INSTANCE).withCovariates("phi", covariate);
    }

    /** APGW-AFT: λ ~ x. */
    public static SurvivalModel apgwAft(String covariate) {
        return SurvivalModel.of("APGW-AFT", ApgwFamily.INSTANCE)
                .withCovariates("lambda", covariate);
    }

    /** APGW-PH+power: φ ~ x and γ ~ x, the paper's recommended form. */
    public static SurvivalModel apgwPhPower(String covariate) {
        return apgwPh(covariate).withName("APGW-PH+power").withCovariates("gamma", covariate);
    }

    /** APGW-AFT+PH: λ ~ x and φ ~ x, the weakly identified combination. */
    public static SurvivalModel apgwAftPh(String covariate) {
        return apgwAft(covariate).withName("APGW-AFT+PH").withCovariates("phi", covariate);
    }

    /** The six models above, in that order. */
    public static List<SurvivalModel> all(String covariate) {
        return List.of(
                weibullPh(covariate),
                weibullMpr(covariate),
                apgwPh(covariate),
                apgwAft(covariate),
                apgwPhPower(covariate),
                apgwAftPh(covariate));
    }

    /**
     * Fits each model by {@link SurvivalMle#fitBest} from three starts of the shape κ (0.5, −0.5,
     * 3), keeping the highest likelihood: APGW likelihoods can have several local maxima.
     */
    public static List<SurvivalFitResult> fitAll(
            List<SurvivalModel> models, CensoredSample sample) {
        List<SurvivalFitResult> fits = new ArrayList<>();
        for (SurvivalModel model : models) {
            double[] start = model.family().start(sample.medianTime());
            List<double[]> starts = new ArrayList<>();
            starts.add(start);
            if (model.family() == ApgwFamily.INSTANCE && model.terms().get(3).free()) {
                for (double kappa : new double[] {-0.5, 3}) {
                    double[] other = start.clone();
                    other[3] = kappa;
                    starts.add(other);
                }
            }
            fits.add(SurvivalMle.fitBest(model, sample, starts));
        }
        return fits;
    }

    private static SurvivalModel weibull(String name) {
        return SurvivalModel.of(name, ApgwFamily.INSTANCE)
                .withFixed("lambda", 1)
                .withFixed("kappa", 1);
    }
}
