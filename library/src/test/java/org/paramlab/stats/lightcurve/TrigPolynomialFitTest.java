package org.paramlab.stats.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

class TrigPolynomialFitTest {

    static double curve(double phase) {
        double a = 2 * Math.PI * phase;
        return 0.3 + 0.5 * Math.cos(a) - 0.2 * Math.sin(2 * a) + 0.1 * Math.cos(3 * a);
    }

    static double[] phases(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = random.nextDouble();
        }
        return p;
    }

    @Test
    void recoversAnExactTrigonometricPolynomial() {
        double[] p = phases(50, 1);
        double[] y = Arrays.stream(p).map(TrigPolynomialFitTest::curve).toArray();
        TrigPolynomialFit fit = TrigPolynomialFit.fit(p, y, 3);
        double[] c = fit.coefficients();
        assertEquals(0.3, c[0], 1e-12);
        assertEquals(0.5, c[1], 1e-12);
        assertEquals(-0.2, c[4], 1e-12);
        assertEquals(0.1, c[5], 1e-12);
        assertEquals(curve(0.37), fit.value(0.37), 1e-12);
    }

    @Test
    void leaveOneOutFormulaEqualsRefittingWithoutEachPoint() {
        SplittableRandom random = new SplittableRandom(2);
        double[] p = phases(30, 3);
        double[] y = Arrays.stream(p).map(x -> curve(x) + 0.05 * random.nextGaussian()).toArray();
        TrigPolynomialFit fit = TrigPolynomialFit.fit(p, y, 2);
        double sum = 0;
        for (int leave = 0; leave < p.length; leave++) {
            double[] pp = new double[p.length - 1];
            double[] yy = new double[p.length - 1];
            for (int i = 0, k = 0; i < p.length; i++) {
                if (i != leave) {
                    pp[k] = p[i];
                    yy[k++] = y[i];
                }
            }
            double e = y[leave] - TrigPolynomialFit.fit(pp, yy, 2).value(p[leave]);
            sum += e * e;
        }
        assertEquals(Math.sqrt(sum / p.length), fit.looRms(), 1e-10);
    }

    @Test
    void crossValidationFindsTheTrueOrder() {
        SplittableRandom random = new SplittableRandom(4);
        double[] p = phases(400, 5);
        double[] y = Arrays.stream(p).map(x -> curve(x) + 0.01 * random.nextGaussian()).toArray();
        TrigOrderSelection selection = TrigOrderSelection.select(p, y, 10);
        assertEquals(3, selection.bestByCrossValidation().order());
        assertEquals(3, selection.bestBySmoothingAccuracy().order());
        assertEquals(10, selection.table().rowCount());
    }

    @Test
    void tooFewPointsForTheOrder() {
        assertThrows(
                IllegalArgumentException.class,
                () -> TrigPolynomialFit.fit(new double[5], new double[5], 2));
    }
}
