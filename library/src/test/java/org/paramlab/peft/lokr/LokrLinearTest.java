package org.paramlab.peft.lokr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;

class LokrLinearTest {

    @Test
    void factorizationIsLycorisBalancedSplit() {
        assertArrayEquals(new int[] {16, 24}, LokrLinear.factorization(384, -1));
        assertArrayEquals(new int[] {32, 48}, LokrLinear.factorization(1536, -1));
        assertArrayEquals(new int[] {4, 4}, LokrLinear.factorization(16, -1));
        assertArrayEquals(new int[] {8, 48}, LokrLinear.factorization(384, 8));
        assertArrayEquals(new int[] {1, 13}, LokrLinear.factorization(13, -1));
    }

    @Test
    void kroneckerProductByHand() {
        try (NDManager m = NDManager.newBaseManager()) {
            var a = m.create(new float[][] {{1, 2}, {3, 4}});
            var b = m.create(new float[][] {{0, 5}, {6, 7}});
            float[] expected = {0, 5, 0, 10, 6, 7, 12, 14, 0, 15, 0, 20, 18, 21, 24, 28};
            assertArrayEquals(expected, LokrLinear.kron(a, b).toFloatArray());
        }
    }
}
