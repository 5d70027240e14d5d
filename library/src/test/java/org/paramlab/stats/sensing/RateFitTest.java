package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateFitTest {

    @Test
    void powerLawFitRecoversAnExactExponent() {
        double[] t = range(1, 1000);
        double[] e = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            e[i] = 3.0 * Math.pow(t[i], -1.0);
        }
        RateFit fit = RateFit.powerLaw(t, e, 10, 1000);
        assertEquals(-1.0, fit.exponent(), 1e-12);
        assertEquals(Math.log(3.0), fit.intercept(), 1e-10);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertEquals(991, fit.points());
        assertEquals(3.0 / 50, fit.predict(50), 1e-12);
    }

    @Test
    void exponentialFitRecoversAnExactRate() {
        double[] t = range(0, 5000);
        double[] e = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            e[i] = 2.0 * Math.exp(-0.0125 * t[i]);
        }
        RateFit fit = RateFit.exponential(t, e, 1000, 2000);
        assertEquals(0.0125, fit.rate(), 1e-13);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertThrows(IllegalStateException.class, fit::exponent);
    }

    @Test
    void unusablePointsAreSkipped() {
        double[] t = {0, 1, 2, 3, 4};
        double[] e = {1, Math.exp(-1), 0, Double.NaN, Math.exp(-4)};
        RateFit fit = RateFit.exponential(t, e, 0, 4);
        assertEquals(3, fit.points());
        assertEquals(1.0, fit.rate(), 1e-12);
    }

    @Test
    void noisyDataGivesRSquaredBelowOne() {
        double[] t = {1, 2, 3, 4};
        double[] e = {1, 0.2, 0.5, 0.01};
        RateFit fit = RateFit.exponential(t, e, 1, 4);
        assertTrue(fit.rSquared() < 1 && fit.rSquared() > 0, fit.toString());
    }

    @Test
    void tooFewPointsIsRejectedWithAFix() {
        var error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RateFit.powerLaw(new double[] {1, 2}, new double[] {1, 0.5}, 0, 2));
        assertTrue(error.getMessage().contains("at least 3 points"), error.getMessage());
        assertTrue(error.getMessage().contains("found 2"), error.getMessage());
    }

    @Test
    void exponentialTailEndsAtTheFloorAndStartsHalfwayFromTheModification() {
        double[] t = range(0, 1000);
        double[] e = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            e[i] = t[i] < 200 ? 1.0 : Math.exp(-0.05 * (t[i] - 200));
        }
        MatrixSensingResult result =
                new MatrixSensingResult(
                        MatrixSensingConfig.defaults()
                                .withFactorization(Factorization.ASYMMETRIC)
                                .withSteps(1000)
                                .withRecordEvery(1)
                                .withModification(Modification.rebalance(0.01)),
                        t,
                        e,
                        MatrixSensingResult.StopReason.COMPLETED,
                        200);
        RateFit fit = RateFit.exponentialTail(result, 1e-10);
        int floorStep = result.firstStepBelow(1e-10);
        assertEquals(floorStep, fit.toStep());
        assertEquals(0.5 * (200 + floorStep), fit.fromStep());
        assertEquals(0.05, fit.rate(), 1e-12);
        assertEquals(RateFit.Kind.EXPONENTIAL, RateFit.predicted(result).kind());
    }

    @Test
    void powerLawTailUsesTheLastOctave() {
        double[] t = range(0, 4000);
        double[] e = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            e[i] = 1.0 / (1.0 + t[i]);
        }
        MatrixSensingResult result =
                new MatrixSensingResult(
                        MatrixSensingConfig.defaults().withSteps(4000).withRecordEvery(1),
                        t,
                        e,
                        MatrixSensingResult.StopReason.COMPLETED,
                        -1);
        RateFit fit = RateFit.predicted(result);
        assertEquals(RateFit.Kind.POWER_LAW, fit.kind());
        assertEquals(2000, fit.fromStep());
        assertEquals(4000, fit.toStep());
        assertEquals(-1.0, fit.exponent(), 1e-3);
    }

    private static double[] range(int from, int to) {
        double[] out = new double[to - from + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
