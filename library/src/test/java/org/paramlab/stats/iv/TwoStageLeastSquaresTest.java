package org.paramlab.stats.iv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class TwoStageLeastSquaresTest {

    /** y = x·β + u with x = z·Π + v, u and v correlated through a confounder. */
    static double[][][] data(int n, int d, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] z = Matrices.gaussian(n, k, 1, random);
        double[][] pi = Matrices.gaussian(k, d, 1, random);
        double[][] x = Matrices.multiply(z, pi);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double c = random.nextGaussian();
            for (int j = 0; j < d; j++) {
                x[i][j] += c + 0.1 * random.nextGaussian();
                y[i] += (j + 1) * x[i][j];
            }
            y[i] += 2 * c + 0.1 * random.nextGaussian();
        }
        return new double[][][] {x, {y}, z};
    }

    @Test
    void justIdentifiedEqualsTheClosedForm() {
        double[][][] data = data(300, 3, 3, 5);
        double[][] x = data[0];
        double[] y = data[1][0];
        double[][] z = data[2];
        // β = (ZᵀX)⁻¹Zᵀy.
        RealMatrix ztx = new Array2DRowRealMatrix(Matrices.transposeTimes(z, x));
        double[] zty = Matrices.transposeTimes(z, y);
        double[] closed =
                new LUDecomposition(ztx)
                        .getSolver()
                        .solve(new org.hipparchus.linear.ArrayRealVector(zty))
                        .toArray();
        double[] tsls = TwoStageLeastSquares.fit(x, y, z);
        for (int j = 0; j < 3; j++) {
            assertEquals(closed[j], tsls[j], 1e-9);
        }
    }

    @Test
    void overIdentifiedEqualsTheGmmClosedForm() {
        double[][][] data = data(400, 2, 5, 6);
        double[][] x = data[0];
        double[] y = data[1][0];
        double[][] z = data[2];
        // β = (XᵀP_Z X)⁻¹ XᵀP_Z y with P_Z = Z(ZᵀZ)⁻¹Zᵀ.
        double[][] pzx = Projection.onto(z).apply(x);
        double[] pzy = Projection.onto(z).apply(y);
        RealMatrix a = new Array2DRowRealMatrix(Matrices.transposeTimes(x, pzx));
        double[] b = Matrices.transposeTimes(x, pzy);
        double[] closed =
                new LUDecomposition(a)
                        .getSolver()
                        .solve(new org.hipparchus.linear.ArrayRealVector(b))
                        .toArray();
        double[] tsls = TwoStageLeastSquares.fit(x, y, z);
        for (int j = 0; j < 2; j++) {
            assertEquals(closed[j], tsls[j], 1e-9);
        }
    }

    @Test
    void removesConfoundingBiasThatOlsKeeps() {
        double[][][] data = data(20_000, 2, 3, 7);
        double[] ols = Ols.fit(data[0], data[1][0]);
        double[] tsls = TwoStageLeastSquares.fit(data[0], data[1][0], data[2]);
        assertEquals(1, tsls[0], 0.05);
        assertEquals(2, tsls[1], 0.05);
        assertTrue(Math.abs(ols[0] - 1) > 0.2, "OLS should be biased, got " + ols[0]);
    }
}
