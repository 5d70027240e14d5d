package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.data.SurvivalData;

/**
 * Weibull, log-logistic and exponential fits against R's survreg on the shipped data (fixture
 * survreg.csv, made by make_fixtures.R). survreg's log T = μ + σW maps to λ = exp(−μ), γ = 1/σ.
 */
class SurvregReferenceTest {
    static SurvivalData data() {
        return new SurvivalData();
    }

    static CensoredSample veteran() {
        return CensoredSample.from(data().veteran(), "time", "status", 1, "trt");
    }

    static CensoredSample lung() {
        return CensoredSample.from(data().lung(), "time", "status", 2, "sex", "age");
    }

    static CensoredSample melanoma() {
        return CensoredSample.from(data().melanoma(), "time", "status", 1, "ulcer");
    }

    private static void assertMatchesSurvreg(
            String fixture, HazardFamily family, CensoredSample sample, String... covariates) {
        SurvivalModel model =
                SurvivalModel.of(fixture, family).withCovariates("lambda", covariates);
        SurvivalFitResult fit = SurvivalMle.fit(model, sample);
        assertTrue(fit.converged(), fit.toString());
        assertEquals(
                Fixtures.survreg(fixture, "loglik"), fit.logLikelihood(), 1e-6, "log-likelihood");
        assertEquals(
                -Fixtures.survreg(fixture, "coef:(Intercept)"),
                fit.estimate("lambda:(Intercept)"),
                1e-5);
        assertEquals(
                Fixtures.survreg(fixture, "se:(Intercept)"),
                fit.standardError("lambda:(Intercept)"),
                1e-4 * Fixtures.survreg(fixture, "se:(Intercept)"));
        for (String c : covariates) {
            assertEquals(
                    -Fixtures.survreg(fixture, "coef:" + c), fit.estimate("lambda:" + c), 1e-5, c);
            double se = Fixtures.survreg(fixture, "se:" + c);
            assertEquals(se, fit.standardError("lambda:" + c), 1e-4 * se, "SE " + c);
        }
        assertEquals(
                -Fixtures.survreg(fixture, "logscale"), fit.estimate("gamma:(Intercept)"), 1e-5);
        double seScale = Fixtures.survreg(fixture, "se:logscale");
        assertEquals(seScale, fit.standardError("gamma:(Intercept)"), 1e-4 * seScale);
    }

    @Test
    void weibullOnVeteranMatchesSurvreg() {
        assertMatchesSurvreg("veteran_weibull_trt", WeibullFamily.INSTANCE, veteran(), "trt");
    }

    @Test
    void weibullWithoutCovariatesMatchesSurvreg() {
        assertMatchesSurvreg("veteran_weibull_null", WeibullFamily.INSTANCE, veteran());
    }

    @Test
    void weibullOnLungWithTwoCovariatesMatchesSurvreg() {
        assertMatchesSurvreg("lung_weibull_sex_age", WeibullFamily.INSTANCE, lung(), "sex", "age");
    }

    @Test
    void weibullOnMelanomaMatchesSurvreg() {
        assertMatchesSurvreg("melanoma_weibull_ulcer", WeibullFamily.INSTANCE, melanoma(), "ulcer");
    }

    @Test
    void logLogisticOnVeteranMatchesSurvreg() {
        assertMatchesSurvreg(
                "veteran_loglogistic_trt", LogLogisticFamily.INSTANCE, veteran(), "trt");
    }

    @Test
    void apgwWithKappaOneAndPhiOneIsSurvregsWeibull() {
        SurvivalModel model =
                SurvivalModel.of("APGW κ = 1", ApgwFamily.INSTANCE)
                        .withFixed("phi", 1)
                        .withFixed("kappa", 1)
                        .withCovariates("lambda", "trt");
        SurvivalFitResult fit = SurvivalMle.fit(model, veteran());
        assertEquals(Fixtures.survreg("veteran_weibull_trt", "loglik"), fit.logLikelihood(), 1e-6);
        assertEquals(
                -Fixtures.survreg("veteran_weibull_trt", "coef:trt"),
                fit.estimate("lambda:trt"),
                1e-5);
    }

    @Test
    void apgwWeibullPhFormHasTheSameLikelihood() {
        // PH form: λ = 1, φ free; the maximised likelihood is the same model reparameterised.
        SurvivalModel model =
                SurvivalModel.of("Weibull-PH", ApgwFamily.INSTANCE)
                        .withFixed("lambda", 1)
                        .withFixed("kappa", 1)
                        .withCovariates("phi", "sex", "age");
        SurvivalFitResult fit = SurvivalMle.fit(model, lung());
        assertEquals(Fixtures.survreg("lung_weibull_sex_age", "loglik"), fit.logLikelihood(), 1e-6);
        // log hazard ratio = −β_survreg/σ.
        double sigma = Math.exp(Fixtures.survreg("lung_weibull_sex_age", "logscale"));
        assertEquals(
                -Fixtures.survreg("lung_weibull_sex_age", "coef:sex") / sigma,
                fit.estimate("phi:sex"),
                1e-5);
    }

    @Test
    void exponentialIsWeibullWithGammaFixedAtOne() {
        SurvivalModel model =
                SurvivalModel.of("exponential", WeibullFamily.INSTANCE)
                        .withFixed("gamma", 1)
                        .withCovariates("lambda", "sex");
        SurvivalFitResult fit = SurvivalMle.fit(model, lung());
        assertEquals(Fixtures.survreg("lung_exponential_sex", "loglik"), fit.logLikelihood(), 1e-6);
        assertEquals(
                -Fixtures.survreg("lung_exponential_sex", "coef:sex"),
                fit.estimate("lambda:sex"),
                1e-6);
        double se = Fixtures.survreg("lung_exponential_sex", "se:sex");
        assertEquals(se, fit.standardError("lambda:sex"), 1e-4 * se);
    }
}
