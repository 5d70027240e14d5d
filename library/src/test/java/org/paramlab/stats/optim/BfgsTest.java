package org.paramlab.stats.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BfgsTest {
    /** Rosenbrock's function, minimum 0 at (1, 1). */
    static double rosenbrock(double[] x, double[] g) {
        double a = x[1] - x[0] * x[0];
        double b = 1 - x[0];
        g[0] = -400 * x[0] * a - 2 * b;
        g[1] = 200 * a;
        return 100 * a * a + b * b;
    }

    @Test
    void findsRosenbrockMinimumFromTheClassicStart() {
        BfgsResult r =
                Bfgs.minimize(BfgsTest::rosenbrock, new double[] {-1.2, 1}, BfgsConfig.defaults());
        assertTrue(r.converged(), r.stop().toString());
        assertEquals(1, r.point()[0], 1e-6);
        assertEquals(1, r.point()[1], 1e-6);
        assertTrue(r.value() < 1e-12);
    }

    @Test
    void minimisesAnIllConditionedQuadraticExactly() {
        double[] scales = {1, 100, 1e4};
        SmoothObjective quadratic =
                (x, g) -> {
                    double f = 0;
                    for (int i = 0; i < x.length; i++) {
                        double d = x[i] - (i + 1);
                        f += 0.5 * scales[i] * d * d;
                        g[i] = scales[i] * d;
                    }
                    return f;
                };
        BfgsResult r = Bfgs.minimize(quadratic, new double[] {0, 0, 0}, BfgsConfig.defaults());
        assertTrue(r.converged());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, r.point()[i], 1e-7);
        }
    }

    @Test
    void shortensStepsOutsideTheDomain() {
        // f = x − log x has its minimum at x = 1 and is undefined for x <= 0.
        SmoothObjective f =
                (x, g) -> {
                    g[0] = 1 - 1 / x[0];
                    return x[0] > 0 ? x[0] - Math.log(x[0]) : Double.NaN;
                };
        BfgsResult r = Bfgs.minimize(f, new double[] {8}, BfgsConfig.defaults());
        assertEquals(1, r.point()[0], 1e-7);
    }

    @Test
    void rejectsANonFiniteStart() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Bfgs.minimize(
                                        (x, g) -> Math.log(x[0]),
                                        new double[] {-1},
                                        BfgsConfig.defaults()));
        assertTrue(e.getMessage().contains("start point"));
    }

    @Test
    void reportsTheIterationLimit() {
        BfgsResult r =
                Bfgs.minimize(
                        BfgsTest::rosenbrock,
                        new double[] {-1.2, 1},
                        BfgsConfig.defaults().withMaxIterations(3));
        assertEquals(BfgsResult.Stop.MAX_ITERATIONS, r.stop());
        assertEquals(3, r.iterations());
    }
}
