package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

class SurvivalSimulatorTest {

    @Test
    void exactInversionReproducesTheSurvivalCurve() {
        SurvivalModel model = SurvivalModel.of("APGW", ApgwFamily.INSTANCE);
        double[] beta = {Math.log(0.7), Math.log(1.3), Math.log(1.4), Math.log1p(0.3)};
        int n = 40_000;
        double[] t =
                SurvivalSimulator.eventTimes(
                        model, beta, Map.of("unused", new double[n]), new SplittableRandom(9));
        double[] theta = model.parameters(beta, new double[0]);
        for (double q : new double[] {0.3, 1, 2.5}) {
            int survived = 0;
            for (double ti : t) {
                survived += ti > q ? 1 : 0;
            }
            double expected = ApgwFamily.INSTANCE.survival(q, theta);
            // Binomial standard error √(S(1 − S)/n) < 0.0025; allow 4 of them.
            assertEquals(expected, (double) survived / n, 0.01, "S(" + q + ")");
        }
    }

    @Test
    void calibratedCensoringHitsTheTarget() {
        SurvivalModel model = SurvivalMleTest.PH_POWER;
        double[] truth = {Math.log(0.5), 0, 0.6, Math.log(1.2), -0.25, Math.log1p(0.5)};
        int n = 20_000;
        double[] x = new double[n];
        for (int i = n / 2; i < n; i++) {
            x[i] = 1;
        }
        Map<String, double[]> design = Map.of("x", x);
        double rate = SurvivalSimulator.censoringRate(model, truth, design, 0.3);
        CensoredSample sample =
                SurvivalSimulator.simulate(model, truth, design, rate, new SplittableRandom(4));
        assertEquals(0.3, sample.censoredFraction(), 0.015);
    }

    @Test
    void curedSubjectsAreAlwaysCensored() {
        SurvivalModel model = SurvivalModel.of("cure", ApgwFamily.INSTANCE);
        double[] beta = {0, 0, 0, Math.log1p(-0.5)}; // cure fraction exp(−1·0.5/0.5) = e⁻¹
        int n = 20_000;
        CensoredSample sample =
                SurvivalSimulator.simulate(
                        model, beta, Map.of("u", new double[n]), 0, new SplittableRandom(2));
        assertEquals(Math.exp(-1), sample.censoredFraction(), 0.015);
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SurvivalSimulator.censoringRate(
                                        model, beta, Map.of("u", new double[10]), 0.2));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("cure fraction"), e.getMessage());
    }
}
