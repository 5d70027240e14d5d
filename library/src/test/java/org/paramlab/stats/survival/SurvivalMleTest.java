package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.stats.optim.FiniteDifferences;

import java.util.Map;
import java.util.SplittableRandom;

class SurvivalMleTest {
    static final SurvivalModel PH_POWER =
            SurvivalModel.of("APGW-PH+power", ApgwFamily.INSTANCE)
                    .withCovariates("phi", "x")
                    .withCovariates("gamma", "x");

    static CensoredSample simulated(int n, long seed) {
        double[] x = new double[n];
        for (int i = n / 2; i < n; i++) {
            x[i] = 1;
        }
        double[] truth = {Math.log(0.5), 0, 0.6, Math.log(1.2), -0.25, Math.log1p(0.5)};
        Map<String, double[]> design = Map.of("x", x);
        double rate = SurvivalSimulator.censoringRate(PH_POWER, truth, design, 0.3);
        return SurvivalSimulator.simulate(
                PH_POWER, truth, design, rate, new SplittableRandom(seed));
    }

    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        CensoredSample sample = simulated(300, 3);
        LikelihoodDesign design = new LikelihoodDesign(PH_POWER, sample);
        double[] beta = {-0.6, 0.1, 0.4, 0.2, -0.2, 0.3};
        double[] analytic = new double[beta.length];
        design.evaluate(beta, analytic);
        double[] numeric = FiniteDifferences.gradient(design::value, beta);
        for (int i = 0; i < beta.length; i++) {
            assertEquals(numeric[i], analytic[i], 1e-7, "coefficient " + i);
        }
    }

    @Test
    void recoversTheTruthOnALargeSimulatedSample() {
        SurvivalFitResult fit = SurvivalMle.fit(PH_POWER, simulated(4000, 11));
        assertTrue(fit.converged(), fit.toString());
        assertEquals(0.6, fit.estimate("phi:x"), 4 * fit.standardError("phi:x"));
        assertEquals(-0.25, fit.estimate("gamma:x"), 4 * fit.standardError("gamma:x"));
        assertEquals(
                Math.log(0.5),
                fit.estimate("lambda:(Intercept)"),
                4 * fit.standardError("lambda:(Intercept)"));
    }

    @Test
    void fitFromAnyStartReachesTheSameMaximum() {
        CensoredSample sample = simulated(600, 5);
        SurvivalFitResult generic = SurvivalMle.fit(PH_POWER, sample);
        SurvivalFitResult fromTruth =
                SurvivalMle.fitFrom(
                        PH_POWER,
                        sample,
                        new double[] {
                            Math.log(0.5), 0, 0.6, Math.log(1.2), -0.25, Math.log1p(0.5)
                        });
        assertEquals(fromTruth.logLikelihood(), generic.logLikelihood(), 1e-6);
        assertEquals(fromTruth.estimate("phi:x"), generic.estimate("phi:x"), 1e-4);
    }

    @Test
    void constantCovariateIsASingularDesign() {
        CensoredSample sample = simulated(100, 1).withCovariate("one", fill(100, 1.0));
        SurvivalModel model =
                SurvivalModel.of("bad", WeibullFamily.INSTANCE).withCovariates("lambda", "one");
        var e = assertThrows(IllegalArgumentException.class, () -> SurvivalMle.fit(model, sample));
        assertTrue(e.getMessage().contains("Singular design"), e.getMessage());
        assertTrue(e.getMessage().contains("'one'"), e.getMessage());
    }

    @Test
    void collinearCovariatesAreASingularDesign() {
        CensoredSample base = simulated(100, 1);
        double[] x = base.covariate("x");
        double[] twice = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            twice[i] = 2 * x[i] + 1;
        }
        CensoredSample sample = base.withCovariate("x2", twice);
        SurvivalModel model =
                SurvivalModel.of("bad", WeibullFamily.INSTANCE).withCovariates("lambda", "x", "x2");
        var e = assertThrows(IllegalArgumentException.class, () -> SurvivalMle.fit(model, sample));
        assertTrue(e.getMessage().contains("rank 2, expected 3"), e.getMessage());
    }

    @Test
    void missingCovariateListsWhatTheSampleHas() {
        SurvivalModel model =
                SurvivalModel.of("m", WeibullFamily.INSTANCE).withCovariates("lambda", "age");
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SurvivalMle.fit(model, simulated(50, 2)));
        assertTrue(e.getMessage().contains("[x]"), e.getMessage());
    }

    @Test
    void nestedModelsGiveAPositiveLikelihoodRatio() {
        CensoredSample sample = simulated(800, 7);
        SurvivalFitResult ph =
                SurvivalMle.fit(
                        SurvivalModel.of("APGW-PH", ApgwFamily.INSTANCE).withCovariates("phi", "x"),
                        sample);
        SurvivalFitResult phPower = SurvivalMle.fit(PH_POWER, sample);
        LikelihoodRatioTest lrt = LikelihoodRatioTest.of(ph, phPower);
        assertEquals(1, lrt.degreesOfFreedom());
        assertTrue(lrt.statistic() >= 0);
        assertEquals(2 * (phPower.logLikelihood() - ph.logLikelihood()), lrt.statistic(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> LikelihoodRatioTest.of(phPower, ph));
        assertEquals(-2 * ph.logLikelihood() + 2 * 5, ph.aic(), 1e-9);
        assertEquals(2, ModelComparison.of(java.util.List.of(ph, phPower)).rowCount());
    }

    @Test
    void chiSquaredPValueOfAKnownStatistic() {
        // P(χ²₁ ≥ 3.841459) = 0.05.
        SurvivalModel m = SurvivalModel.of("m", WeibullFamily.INSTANCE);
        SurvivalFitResult small =
                new SurvivalFitResult(
                        m,
                        m.coefficientNames(),
                        new double[2],
                        new double[2],
                        new double[2][2],
                        -100,
                        50,
                        40,
                        1,
                        org.paramlab.stats.optim.BfgsResult.Stop.GRADIENT,
                        0);
        SurvivalModel m3 = m.withCovariates("lambda", "x");
        SurvivalFitResult big =
                new SurvivalFitResult(
                        m3,
                        m3.coefficientNames(),
                        new double[3],
                        new double[3],
                        new double[3][3],
                        -100 + 3.841458820694124 / 2,
                        50,
                        40,
                        1,
                        org.paramlab.stats.optim.BfgsResult.Stop.GRADIENT,
                        0);
        assertEquals(0.05, LikelihoodRatioTest.of(small, big).pValue(), 1e-9);
    }

    private static double[] fill(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
