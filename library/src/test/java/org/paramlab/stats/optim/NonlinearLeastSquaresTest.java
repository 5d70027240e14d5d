package org.paramlab.stats.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NonlinearLeastSquaresTest {

    @Test
    void recoversAnExponentialDecayFromExactData() {
        double[] t = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.25 * i;
            y[i] = 3.5 * Math.exp(-0.8 * t[i]);
        }
        ResidualModel model =
                new ResidualModel() {
                    @Override
                    public int parameterCount() {
                        return 2;
                    }

                    @Override
                    public double[] values(double[] p) {
                        double[] out = new double[t.length];
                        for (int i = 0; i < t.length; i++) {
                            out[i] = p[0] * Math.exp(-p[1] * t[i]);
                        }
                        return out;
                    }
                };
        NonlinearFitResult fit = NonlinearLeastSquares.fit(model, y, new double[] {1, 0.1}, 200);
        assertEquals(3.5, fit.parameters()[0], 1e-8);
        assertEquals(0.8, fit.parameters()[1], 1e-8);
    }

    @Test
    void solvesRosenbrockWrittenAsResiduals() {
        // r = (10(x₂ − x₁²), 1 − x₁): the known solution is (1, 1) with zero residual.
        ResidualModel model =
                new ResidualModel() {
                    @Override
                    public int parameterCount() {
                        return 2;
                    }

                    @Override
                    public double[] values(double[] p) {
                        return new double[] {10 * (p[1] - p[0] * p[0]), 1 - p[0]};
                    }
                };
        NonlinearFitResult fit =
                NonlinearLeastSquares.fit(model, new double[] {0, 0}, new double[] {-1.2, 1}, 200);
        assertEquals(1, fit.parameters()[0], 1e-9);
        assertEquals(1, fit.parameters()[1], 1e-9);
    }

    @Test
    void linearModelGivesOrdinaryLeastSquaresAndItsStandardErrors() {
        double[] x = {1, 2, 4, 5};
        double[] y = {2, 1, 4, 5};
        ResidualModel line =
                new ResidualModel() {
                    @Override
                    public int parameterCount() {
                        return 2;
                    }

                    @Override
                    public double[] values(double[] p) {
                        double[] out = new double[x.length];
                        for (int i = 0; i < x.length; i++) {
                            out[i] = p[0] + p[1] * x[i];
                        }
                        return out;
                    }
                };
        NonlinearFitResult fit = NonlinearLeastSquares.fit(line, y, new double[] {0, 0}, 100);
        assertEquals(0.3, fit.parameters()[0], 1e-9);
        assertEquals(0.9, fit.parameters()[1], 1e-9);
        // RSS = 1.9, σ² = 0.95, Sxx = 10: SE(slope) = √(0.95/10), SE(intercept) = √(0.95(1/4 +
        // 9/10)).
        assertEquals(Math.sqrt(0.095), fit.standardErrors()[1], 1e-7);
        assertEquals(Math.sqrt(0.95 * 1.15), fit.standardErrors()[0], 1e-7);
    }

    @Test
    void rejectsTooFewObservations() {
        ResidualModel model =
                new ResidualModel() {
                    @Override
                    public int parameterCount() {
                        return 3;
                    }

                    @Override
                    public double[] values(double[] p) {
                        return new double[] {p[0], p[1]};
                    }
                };
        assertThrows(
                IllegalArgumentException.class,
                () -> NonlinearLeastSquares.fit(model, new double[] {1, 2}, new double[3], 10));
    }
}
