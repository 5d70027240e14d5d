package org.paramlab.stats.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearLeastSquaresTest {

    @Test
    void recoversALineThroughExactData() {
        double[][] x = {{1, 0}, {1, 1}, {1, 2}, {1, 3}};
        double[] y = {1, 3, 5, 7};
        LeastSquaresSolution s = LinearLeastSquares.solve(x, y);
        assertEquals(1, s.coefficients()[0], 1e-12);
        assertEquals(2, s.coefficients()[1], 1e-12);
        assertEquals(0, s.residualSumOfSquares(), 1e-20);
        assertEquals(2, s.rank());
    }

    @Test
    void fitsTheNormalEquationsSolutionWithNoise() {
        double[][] x = {{1, 1}, {1, 2}, {1, 4}, {1, 5}};
        double[] y = {2, 1, 4, 5};
        // Closed form: slope = Sxy/Sxx = 9/10, intercept = mean(y) − slope·mean(x) = 3 − 2.7.
        LeastSquaresSolution s = LinearLeastSquares.solve(x, y);
        assertEquals(0.3, s.coefficients()[0], 1e-12);
        assertEquals(0.9, s.coefficients()[1], 1e-12);
        assertEquals(1.9, s.residualSumOfSquares(), 1e-12);
    }

    @Test
    void singularDesignSaysWhatToDo() {
        double[][] x = {{1, 2}, {1, 2}, {1, 2}};
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> LinearLeastSquares.solve(x, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("rank 1"), e.getMessage());
        assertTrue(e.getMessage().contains("minimumNorm"), e.getMessage());
    }

    @Test
    void minimumNormSplitsADuplicatedColumnEvenly() {
        double[][] x = {{1, 1}, {2, 2}, {3, 3}};
        double[] y = {2, 4, 6};
        LeastSquaresSolution s = LinearLeastSquares.minimumNorm(x, y);
        assertEquals(1, s.rank());
        assertEquals(1, s.coefficients()[0], 1e-12);
        assertEquals(1, s.coefficients()[1], 1e-12);
    }

    @Test
    void rejectsMismatchedShapes() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LinearLeastSquares.solve(new double[][] {{1}}, new double[] {1, 2}));
    }
}
