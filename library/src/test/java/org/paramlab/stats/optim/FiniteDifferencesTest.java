package org.paramlab.stats.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiniteDifferencesTest {

    @Test
    void gradientMatchesTheAnalyticOne() {
        double[] x = {0.3, -1.7, 2.5};
        double[] g =
                FiniteDifferences.gradient(
                        p -> Math.sin(p[0]) * Math.exp(p[1]) + p[2] * p[2] * p[0], x);
        assertEquals(Math.cos(0.3) * Math.exp(-1.7) + 2.5 * 2.5, g[0], 1e-8);
        assertEquals(Math.sin(0.3) * Math.exp(-1.7), g[1], 1e-8);
        assertEquals(2 * 2.5 * 0.3, g[2], 1e-8);
    }

    @Test
    void hessianOfRosenbrockAtTheMinimum() {
        double[][] h = FiniteDifferences.hessian(BfgsTest::rosenbrock, new double[] {1, 1});
        assertEquals(802, h[0][0], 1e-5);
        assertEquals(-400, h[0][1], 1e-5);
        assertEquals(-400, h[1][0], 1e-5);
        assertEquals(200, h[1][1], 1e-5);
    }
}
