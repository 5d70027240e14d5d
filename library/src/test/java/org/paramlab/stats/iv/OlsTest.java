package org.paramlab.stats.iv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.paramlab.stats.optim.LinearLeastSquares;

import java.util.SplittableRandom;

class OlsTest {

    @Test
    void normalEquationsAgreeWithQr() {
        SplittableRandom random = new SplittableRandom(1);
        double[][] x = Matrices.gaussian(200, 6, 1, random);
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            y[i] = random.nextGaussian();
        }
        double[] qr = LinearLeastSquares.solve(x, y).coefficients();
        double[] ne = Ols.fit(x, y);
        for (int j = 0; j < 6; j++) {
            assertEquals(qr[j], ne[j], 1e-12);
        }
    }

    @Test
    void rankDeficientDesignGivesTheMinimumNormSolution() {
        SplittableRandom random = new SplittableRandom(2);
        double[][] base = Matrices.gaussian(100, 3, 1, random);
        double[][] x = new double[100][4];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            System.arraycopy(base[i], 0, x[i], 0, 3);
            x[i][3] = base[i][0] - base[i][1]; // rank 3
            y[i] = random.nextGaussian();
        }
        double[] svd = LinearLeastSquares.minimumNorm(x, y).coefficients();
        double[] ne = Ols.fit(x, y);
        for (int j = 0; j < 4; j++) {
            assertEquals(svd[j], ne[j], 1e-9);
        }
    }

    @Test
    void rejectsMismatchedShapes() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Ols.fit(new double[][] {{1}}, new double[] {1, 2}));
    }
}
