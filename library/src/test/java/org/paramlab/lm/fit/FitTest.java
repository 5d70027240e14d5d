package org.paramlab.lm.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

class FitTest {

    @Test
    void anExactPowerLawIsRecoveredWithNarrowIntervals() {
        double[] x = {1e3, 3e3, 1e4, 3e4, 1e5};
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) y[i] = 4 * Math.pow(x[i], -0.51);
        PowerLawFit fit = PowerLawFit.fit(x, y, 200, 1);
        assertEquals(4, fit.a(), 1e-9);
        assertEquals(-0.51, fit.b(), 1e-12);
        assertEquals(1, fit.rSquared(), 1e-12);
        assertEquals(-0.51, fit.bLow(), 1e-9);
        assertEquals(4 * Math.pow(2e4, -0.51), fit.predict(2e4), 1e-12);
    }

    @Test
    void noisyDataGiveIntervalsThatCoverTheTruth() {
        Random random = new Random(3);
        int n = 40;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double nParams = Math.pow(10, 4 + 2 * random.nextDouble());
            double tokens = Math.pow(10, 5 + 2 * random.nextDouble());
            x[i] = new double[] {nParams, tokens};
            y[i] =
                    1.79
                            * Math.pow(nParams, -0.713)
                            * Math.pow(tokens, 0.307)
                            * Math.exp(0.05 * random.nextGaussian());
        }
        LogLinearFit fit = LogLinearFit.fit(x, y, List.of("N", "D"), 500, 7);
        assertEquals(-0.713, fit.exponent("N"), 0.05);
        assertEquals(0.307, fit.exponent("D"), 0.05);
        assertTrue(fit.lower()[1] < -0.713 && fit.upper()[1] > -0.713, fit.toString());
        assertTrue(fit.lower()[2] < 0.307 && fit.upper()[2] > 0.307, fit.toString());
        assertTrue(fit.rSquared() > 0.9);
        assertEquals(500, fit.bootstraps());
    }

    @Test
    void aParabolaInLogXLocatesTheOptimum() {
        double[] lr = {1e-3, 2e-3, 4e-3, 8e-3, 1.6e-2};
        double[] loss = new double[5];
        double best = 5e-3;
        for (int i = 0; i < 5; i++) {
            double u = Math.log(lr[i] / best);
            loss[i] = 2.0 + 0.3 * u * u;
        }
        QuadraticFit fit = QuadraticFit.inLogX(lr, loss);
        assertTrue(fit.convex());
        assertEquals(best, fit.argmin(), 1e-12);
        assertEquals(1, fit.rSquared(), 1e-12);
        assertEquals(2.0, fit.predict(best), 1e-12);
    }

    @Test
    void aConcaveParabolaHasNoMinimum() {
        QuadraticFit fit = QuadraticFit.fit(new double[] {-1, 0, 1}, new double[] {0, 1, 0});
        assertFalse(fit.convex());
        assertTrue(Double.isNaN(fit.argmin()));
    }

    @Test
    void tooFewPointsOrNonPositiveValuesAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> QuadraticFit.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
        assertThrows(
                IllegalArgumentException.class,
                () -> PowerLawFit.fit(new double[] {1, -2}, new double[] {1, 2}, 10, 0));
    }
}
