package org.paramlab.dynamics.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

class RosenbrockSolverTest {
    /** y1' = −y1 + 2y2, y2' = −2y1 − y2, y(0) = (1, 0): y = e^{−t}(cos 2t, −sin 2t). */
    private static final OdeSystem SPIRAL =
            OdeSystem.of(
                    2,
                    (t, y, dy) -> {
                        dy[0] = -y[0] + 2 * y[1];
                        dy[1] = -2 * y[0] - y[1];
                    });

    private static final JacobianSolver SPIRAL_J =
            JacobianSolver.dense(
                    2,
                    (t, y, j) -> {
                        j[0][0] = -1;
                        j[0][1] = 2;
                        j[1][0] = -2;
                        j[1][1] = -1;
                    });

    static final OdeSystem ROBERTSON =
            OdeSystem.of(
                    3,
                    (t, y, dy) -> {
                        dy[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
                        dy[2] = 3e7 * y[1] * y[1];
                        dy[1] = -dy[0] - dy[2];
                    });

    static JacobianSolver robertsonJacobian() {
        return JacobianSolver.dense(
                3,
                (t, y, j) -> {
                    j[0][0] = -0.04;
                    j[0][1] = 1e4 * y[2];
                    j[0][2] = 1e4 * y[1];
                    j[2][0] = 0;
                    j[2][1] = 6e7 * y[1];
                    j[2][2] = 0;
                    for (int c = 0; c < 3; c++) {
                        j[1][c] = -j[0][c] - j[2][c];
                    }
                });
    }

    private static double observedOrder(
            OdeSystem f, JacobianSolver j, double[] y0, double t1, double[] exact) {
        RosenbrockSolver s = new RosenbrockSolver(RosenbrockConfig.defaults());
        double previous = Double.NaN;
        double order = Double.NaN;
        for (int steps : new int[] {20, 40, 80, 160}) {
            double[] y = s.solveFixedStep(f, j, 0, y0, t1, steps).finalState();
            double err = 0;
            for (int i = 0; i < y.length; i++) {
                err = Math.max(err, Math.abs(y[i] - exact[i]));
            }
            if (!Double.isNaN(previous)) {
                order = Math.log(previous / err) / Math.log(2);
            }
            previous = err;
        }
        return order;
    }

    @Test
    void rodas3ConvergesWithOrderThreeOnALinearSystem() {
        double t1 = 2;
        double[] exact = {Math.exp(-t1) * Math.cos(2 * t1), -Math.exp(-t1) * Math.sin(2 * t1)};
        double p = observedOrder(SPIRAL, SPIRAL_J, new double[] {1, 0}, t1, exact);
        assertEquals(3, p, 0.2);
    }

    @Test
    void rodas3ConvergesWithOrderThreeOnANonlinearProblem() {
        // y' = −y³, y(0) = 1: y = 1/√(1 + 2t) (for y' = −y² RODAS3 happens to be exact)
        OdeSystem f = OdeSystem.of(1, (t, y, dy) -> dy[0] = -y[0] * y[0] * y[0]);
        JacobianSolver j = JacobianSolver.dense(1, (t, y, jac) -> jac[0][0] = -3 * y[0] * y[0]);
        double p = observedOrder(f, j, new double[] {1}, 4, new double[] {1.0 / 3});
        assertEquals(3, p, 0.25);
    }

    @Test
    void nonAutonomousSystemsUseTheTimeDerivative() {
        // y' = −50(y − cos t): stiff, forced
        OdeSystem f =
                new OdeSystem() {
                    @Override
                    public int dimension() {
                        return 1;
                    }

                    @Override
                    public void rhs(double t, double[] y, double[] dy) {
                        dy[0] = -50 * (y[0] - Math.cos(t));
                    }

                    @Override
                    public boolean autonomous() {
                        return false;
                    }
                };
        double[] y =
                new RosenbrockSolver(RosenbrockConfig.defaults().withTolerances(1e-9, 1e-12))
                        .solve(f, JacobianSolver.finiteDifference(f), 0, new double[] {0}, 1.5)
                        .finalState();
        // exact: (2500 cos t + 50 sin t)/2501 − 2500/2501 e^{−50t}
        double exact =
                (2500 * Math.cos(1.5) + 50 * Math.sin(1.5)) / 2501 - 2500.0 / 2501 * Math.exp(-75);
        assertEquals(exact, y[0], 1e-7);
    }

    @Test
    void robertsonMatchesTheRadauReference() throws Exception {
        JsonObject ref;
        try (Reader r =
                new InputStreamReader(
                        getClass().getResourceAsStream("robertson.json"), StandardCharsets.UTF_8)) {
            ref = JsonParser.parseReader(r).getAsJsonObject();
        }
        JsonArray times = ref.getAsJsonArray("times");
        JsonArray states = ref.getAsJsonArray("states");
        RosenbrockSolver s =
                new RosenbrockSolver(RosenbrockConfig.defaults().withTolerances(1e-9, 1e-14));
        for (int k = 0; k < times.size(); k++) {
            double t = times.get(k).getAsDouble();
            double[] y =
                    s.solve(ROBERTSON, robertsonJacobian(), 0, new double[] {1, 0, 0}, t)
                            .finalState();
            JsonArray want = states.get(k).getAsJsonArray();
            for (int i = 0; i < 3; i++) {
                double w = want.get(i).getAsDouble();
                assertEquals(w, y[i], 2e-6 * Math.abs(w), "t = " + t + ", y" + (i + 1));
            }
        }
    }

    @Test
    void takesFarFewerStepsThanAnExplicitMethodOnAStiffProblem() {
        RosenbrockSolver s =
                new RosenbrockSolver(RosenbrockConfig.defaults().withTolerances(1e-6, 1e-10));
        OdeSolution implicit =
                s.solve(ROBERTSON, robertsonJacobian(), 0, new double[] {1, 0, 0}, 40);
        int[] explicitSteps = {0};
        DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-12, 40, 1e-10, 1e-6);
        dp.addStepHandler(interpolator -> explicitSteps[0]++);
        OrdinaryDifferentialEquation ode =
                new OrdinaryDifferentialEquation() {
                    @Override
                    public int getDimension() {
                        return 3;
                    }

                    @Override
                    public double[] computeDerivatives(double t, double[] y) {
                        double[] dy = new double[3];
                        ROBERTSON.rhs(t, y, dy);
                        return dy;
                    }
                };
        double[] yExplicit =
                dp.integrate(ode, new ODEState(0, new double[] {1, 0, 0}), 40).getPrimaryState();
        assertEquals(yExplicit[0], implicit.finalState()[0], 1e-4);
        int steps = implicit.stats().accepted() + implicit.stats().rejected();
        assertTrue(
                steps * 20 < explicitSteps[0],
                steps + " Rosenbrock vs " + explicitSteps[0] + " Dormand–Prince steps");
        assertEquals(implicit.stats().accepted() + 1, implicit.times().length);
    }

    @Test
    void clearErrors() {
        RosenbrockSolver s = new RosenbrockSolver(RosenbrockConfig.defaults());
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(SPIRAL, SPIRAL_J, 0, new double[] {1}, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(SPIRAL, SPIRAL_J, 1, new double[] {1, 0}, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> RosenbrockConfig.defaults().withTolerances(0, 1));
        IllegalStateException tooMany =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                new RosenbrockSolver(RosenbrockConfig.defaults().withMaxSteps(3))
                                        .solve(
                                                ROBERTSON,
                                                robertsonJacobian(),
                                                0,
                                                new double[] {1, 0, 0},
                                                40));
        assertTrue(tooMany.getMessage().contains("maxSteps"));
    }
}
