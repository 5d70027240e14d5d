package org.paramlab.stats.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class NavFitTest {
    static final double[] TRUTH = {0.02, 0.01, -0.004, 0.015, 0.002, 0.8, 0.25, 0.07, 1.6, 2.2};

    @Test
    void profileIsOneAtTheCentreZeroAtTheEdgeAndEven() {
        assertEquals(1, NavModel.profile(0, 2), 0);
        assertEquals(0, NavModel.profile(1, 2), 0);
        assertEquals(0, NavModel.profile(1.3, 2), 0);
        assertEquals(NavModel.profile(0.4, 1.7), NavModel.profile(-0.4, 1.7), 0);
        assertEquals(Math.pow(1 - 0.25, 1.5), NavModel.profile(0.5, 2), 1e-15);
    }

    @Test
    void modelIsPeriodicWithEclipsesAtZeroAndHalf() {
        assertEquals(NavModel.value(0.03, TRUTH), NavModel.value(1.03, TRUTH), 1e-12);
        double quadrature = NavModel.value(0.25, TRUTH);
        double primary = NavModel.value(0, TRUTH);
        assertEquals(0.8, primary - (TRUTH[0] + TRUTH[1] + TRUTH[3]), 1e-12);
        org.junit.jupiter.api.Assertions.assertTrue(primary > quadrature);
    }

    @Test
    void recoversItsOwnParametersFromNoisyData() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 800;
        double[] phases = new double[n];
        double[] mags = new double[n];
        for (int i = 0; i < n; i++) {
            phases[i] = random.nextDouble();
            mags[i] = NavModel.value(phases[i], TRUTH) + 0.005 * random.nextGaussian();
        }
        NavFitResult fit = NavFit.fit(phases, mags);
        for (int k = 0; k < 10; k++) {
            assertEquals(
                    TRUTH[k],
                    fit.parameters()[k],
                    5 * fit.standardErrors()[k],
                    NavModel.NAMES.get(k));
        }
        assertEquals(0.005, fit.sigma(), 0.0005);
    }
}
