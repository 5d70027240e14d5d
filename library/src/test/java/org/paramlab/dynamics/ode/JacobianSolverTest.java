package org.paramlab.dynamics.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

class JacobianSolverTest {
    /** A 2-D periodic 5-point stencil on an m × m grid, rows scrambled by a random permutation. */
    private static int[][] scrambledStencil(int m, long seed, List<Integer> perm) {
        int n = m * m;
        for (int i = 0; i < n; i++) {
            perm.add(i);
        }
        java.util.Collections.shuffle(perm, new Random(seed));
        int[] rowStart = new int[n + 1];
        List<Integer> cols = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int cell = perm.get(r);
            int i = cell / m;
            int j = cell % m;
            int[] nb = {
                cell,
                ((i + 1) % m) * m + j,
                ((i + m - 1) % m) * m + j,
                i * m + (j + 1) % m,
                i * m + (j + m - 1) % m
            };
            List<Integer> row = new ArrayList<>();
            for (int c : nb) {
                row.add(perm.indexOf(c));
            }
            row.sort(null);
            cols.addAll(row);
            rowStart[r + 1] = cols.size();
        }
        return new int[][] {rowStart, cols.stream().mapToInt(Integer::intValue).toArray()};
    }

    @Test
    void bandedSolveEqualsDenseSolve() {
        List<Integer> perm = new ArrayList<>();
        int m = 9;
        int n = m * m;
        int[][] p = scrambledStencil(m, 5, perm);
        Random rng = new Random(8);
        double[] nz = new double[p[1].length];
        for (int k = 0; k < nz.length; k++) {
            nz[k] = rng.nextGaussian();
        }
        double[][] dense = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int k = p[0][r]; k < p[0][r + 1]; k++) {
                dense[r][p[1][k]] = nz[k];
            }
        }
        JacobianSolver sparse =
                JacobianSolver.sparse(
                        n, p[0], p[1], (t, y, v) -> System.arraycopy(nz, 0, v, 0, nz.length));
        JacobianSolver full =
                JacobianSolver.dense(
                        n,
                        (t, y, j) -> {
                            for (int r = 0; r < n; r++) {
                                System.arraycopy(dense[r], 0, j[r], 0, n);
                            }
                        });
        BandedJacobianSolver banded = (BandedJacobianSolver) sparse;
        assertTrue(banded.lowerBandwidth() <= 4 * m, "bandwidth " + banded.lowerBandwidth());
        for (double sigma : new double[] {0.3, 5.0}) {
            sparse.evaluate(0, new double[n]);
            full.evaluate(0, new double[n]);
            sparse.factor(sigma);
            full.factor(sigma);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = rng.nextGaussian();
            }
            double[] x1 = b.clone();
            double[] x2 = b.clone();
            sparse.solve(x1);
            full.solve(x2);
            assertArrayEquals(x2, x1, 1e-9);
            // residual check: (σI − J) x = b
            for (int r = 0; r < n; r++) {
                double s = sigma * x1[r];
                for (int c = 0; c < n; c++) {
                    s -= dense[r][c] * x1[c];
                }
                assertEquals(b[r], s, 1e-9);
            }
        }
        assertEquals(2, sparse.factorizations());
    }

    @Test
    void finiteDifferenceJacobianMatchesTheAnalyticOne() {
        OdeSystem f = RosenbrockSolverTest.ROBERTSON;
        JacobianSolver fd = JacobianSolver.finiteDifference(f);
        JacobianSolver exact = RosenbrockSolverTest.robertsonJacobian();
        double[] y = {0.9, 2e-5, 0.1};
        fd.evaluate(0, y);
        exact.evaluate(0, y);
        fd.factor(1e3);
        exact.factor(1e3);
        double[] b1 = {1, 2, 3};
        double[] b2 = b1.clone();
        fd.solve(b1);
        exact.solve(b2);
        assertArrayEquals(b2, b1, 1e-6);
    }

    @Test
    void singularAndOutOfOrderUseAreReported() {
        JacobianSolver j =
                JacobianSolver.dense(
                        2,
                        (t, y, jac) -> {
                            jac[0][0] = 1;
                            jac[0][1] = 0;
                            jac[1][0] = 0;
                            jac[1][1] = 1;
                        });
        assertThrows(IllegalStateException.class, () -> j.factor(1));
        j.evaluate(0, new double[2]);
        assertThrows(IllegalStateException.class, () -> j.factor(1));
        assertThrows(
                IllegalArgumentException.class,
                () -> JacobianSolver.sparse(2, new int[] {0, 1}, new int[] {0}, (t, y, v) -> {}));
    }
}
