package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import java.util.List;

class KroneckerSumTest {

    /**
     * {@code H[a·p + b, c·q + d, k] = Σᵢ A[i, a, c] F[i, b, d, k]}, written out element by element.
     */
    static double[] explicit(double[] a, double[] f, int n, int p, int q, int k) {
        double[] h = new double[n * p * n * q * k];
        for (int i = 0; i < n; i++) {
            for (int ra = 0; ra < n; ra++) {
                for (int ca = 0; ca < n; ca++) {
                    double coefficient = a[(i * n + ra) * n + ca];
                    for (int b = 0; b < p; b++) {
                        for (int d = 0; d < q; d++) {
                            for (int kk = 0; kk < k; kk++) {
                                int row = ra * p + b;
                                int col = ca * q + d;
                                h[(row * n * q + col) * k + kk] +=
                                        coefficient * f[((i * p + b) * q + d) * k + kk];
                            }
                        }
                    }
                }
            }
        }
        return h;
    }

    @Test
    void linearWeightEqualsExplicitKroneckerProducts() {
        try (NDManager m = NDManager.newBaseManager()) {
            int n = 3;
            int p = 2;
            int q = 4;
            NDArray a = m.randomNormal(new Shape(n, n, n), DataType.FLOAT64);
            NDArray f = m.randomNormal(new Shape(n, p, q), DataType.FLOAT64);
            NDArray h = KroneckerSum.of(a, f);
            assertEquals(new Shape(n * p, n * q), h.getShape());
            assertArrayEquals(
                    explicit(a.toDoubleArray(), f.toDoubleArray(), n, p, q, 1),
                    h.toDoubleArray(),
                    1e-12);
        }
    }

    @Test
    void convolutionKernelActsOnChannelAxesOnly() {
        try (NDManager m = NDManager.newBaseManager()) {
            int n = 4;
            int p = 3;
            int q = 2;
            NDArray a = m.randomNormal(new Shape(n, n, n), DataType.FLOAT64);
            NDArray f = m.randomNormal(new Shape(n, p, q, 3, 2), DataType.FLOAT64);
            NDArray h = KroneckerSum.of(a, f);
            assertEquals(new Shape(n * p, n * q, 3, 2), h.getShape());
            assertArrayEquals(
                    explicit(a.toDoubleArray(), f.toDoubleArray(), n, p, q, 6),
                    h.toDoubleArray(),
                    1e-12);
        }
    }

    @Test
    void rankFactorsAreBatchedMatrixProducts() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray s = m.randomNormal(new Shape(2, 3, 1), DataType.FLOAT64);
            NDArray t = m.randomNormal(new Shape(2, 1, 5 * 4), DataType.FLOAT64);
            NDArray f = KroneckerSum.factors(s, t, 5, new Shape(2, 2));
            assertEquals(new Shape(2, 3, 5, 2, 2), f.getShape());
            double[] sv = s.toDoubleArray();
            double[] tv = t.toDoubleArray();
            double[] fv = f.toDoubleArray();
            for (int i = 0; i < 2; i++) {
                for (int b = 0; b < 3; b++) {
                    for (int c = 0; c < 20; c++) {
                        assertEquals(
                                sv[i * 3 + b] * tv[i * 20 + c], fv[(i * 3 + b) * 20 + c], 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void parameterCountFollowsTheClosedForm() {
        // n³ + out·in·k²/n for a 3×3 PHC conv 64 → 64, n = 4
        assertEquals(64 + 64 * 64 * 9 / 4, KroneckerSum.parameterCount(4, 64, 64, 9, 0, true));
        assertEquals(64 * 64 * 9 / 4, KroneckerSum.parameterCount(4, 64, 64, 9, 0, false));
        // Compacter's rank-1 down projection 384 → 12 with shared rules: 4·(3 + 96) = 396
        assertEquals(396, KroneckerSum.parameterCount(4, 12, 384, 1, 1, false));
    }

    @Test
    void validNDivideBothDimensions() {
        assertEquals(List.of(1, 2, 3, 4, 6, 12), KroneckerSum.validN(24, 12));
    }

    @Test
    void mismatchedShapesAreRejected() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.zeros(new Shape(3, 3, 3));
            NDArray f = m.zeros(new Shape(2, 2, 2));
            var e = assertThrows(IllegalArgumentException.class, () -> KroneckerSum.of(a, f));
            assertEquals("Factors must be (n, p, q, k…) with n = 3, got (2, 2, 2)", e.getMessage());
        }
    }
}
