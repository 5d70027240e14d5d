package org.paramlab.stats.iv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

class IvlRegressionTest {

    @Test
    void solutionZeroesTheGradientOfTheIvlObjective() {
        double[][][] data = TwoStageLeastSquaresTest.data(300, 3, 4, 9);
        double[][] x = data[0];
        double[] y = data[1][0];
        double[][] g = data[2];
        double alpha = 0.3;
        double[] w = IvlRegression.fit(x, y, g, alpha);
        // ∇ = −2Xᵀ(Π + αI)(y − Xw) must vanish.
        double[] r = new double[y.length];
        double[] xw = Matrices.times(x, w);
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] - xw[i];
        }
        double[] pr = Projection.onto(g).apply(r);
        for (int i = 0; i < r.length; i++) {
            pr[i] += alpha * r[i];
        }
        double[] grad = Matrices.transposeTimes(x, pr);
        for (double v : grad) {
            assertEquals(0, v, 1e-8);
        }
    }

    @Test
    void alphaZeroIsTwoStageLeastSquaresAndLargeAlphaIsOls() {
        double[][][] data = TwoStageLeastSquaresTest.data(300, 3, 4, 10);
        double[] ivl0 = IvlRegression.fit(data[0], data[1][0], data[2], 0);
        double[] tsls = TwoStageLeastSquares.fit(data[0], data[1][0], data[2]);
        double[] ivlBig = IvlRegression.fit(data[0], data[1][0], data[2], 1e10);
        double[] ols = Ols.fit(data[0], data[1][0]);
        for (int j = 0; j < 3; j++) {
            assertEquals(tsls[j], ivl0[j], 1e-9);
            assertEquals(ols[j], ivlBig[j], 1e-6);
        }
    }

    @Test
    void pathEqualsSeparateFits() {
        double[][][] data = TwoStageLeastSquaresTest.data(200, 2, 3, 11);
        List<double[]> path = IvlRegression.path(data[0], data[1][0], data[2], List.of(0.01, 1.0));
        double[] one = IvlRegression.fit(data[0], data[1][0], data[2], 1.0);
        assertEquals(one[1], path.get(1)[1], 1e-12);
    }

    @Test
    void crossValidationPicksOneOfTheCandidates() {
        double[][][] data = TwoStageLeastSquaresTest.data(200, 2, 3, 12);
        var selection =
                IvlRegression.crossValidated(
                        data[0],
                        data[0],
                        data[1][0],
                        data[2],
                        List.of(0.1, 10.0),
                        5,
                        new SplittableRandom(1));
        org.junit.jupiter.api.Assertions.assertTrue(
                selection.alpha() == 0.1 || selection.alpha() == 10.0);
    }

    @Test
    void negativeAlphaIsRejected() {
        double[][][] data = TwoStageLeastSquaresTest.data(50, 2, 3, 13);
        assertThrows(
                IllegalArgumentException.class,
                () -> IvlRegression.fit(data[0], data[1][0], data[2], -1));
    }
}
