package org.paramlab.lm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

class RopeTest {

    @Test
    void rotatesPairsIAndIPlusHalfByPositionTimesTheta() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // x (B=1, H=1, T=2, h=4) = [1, 2, 3, 4] at positions 3 and 4; θ = (1, 10000^(-1/2))
            NDArray x = manager.create(new float[] {1, 2, 3, 4, 1, 2, 3, 4}, new Shape(1, 1, 2, 4));
            float[] y = Rope.apply(x, 3, 10_000).toFloatArray();
            for (int t = 0; t < 2; t++) {
                int p = 3 + t;
                double a0 = p * 1.0;
                double a1 = p * 0.01;
                double[] expected = {
                    1 * Math.cos(a0) - 3 * Math.sin(a0),
                    2 * Math.cos(a1) - 4 * Math.sin(a1),
                    3 * Math.cos(a0) + 1 * Math.sin(a0),
                    4 * Math.cos(a1) + 2 * Math.sin(a1)
                };
                for (int i = 0; i < 4; i++) {
                    assertEquals(expected[i], y[4 * t + i], 1e-5, "t " + t + " i " + i);
                }
            }
        }
    }

    @Test
    void scoresDependOnlyOnTheRelativePosition() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray q =
                    manager.create(new float[] {0.3f, -1.2f, 0.5f, 2.0f}, new Shape(1, 1, 1, 4));
            NDArray k =
                    manager.create(new float[] {1.1f, 0.4f, -0.7f, 0.2f}, new Shape(1, 1, 1, 4));
            float s1 = Rope.apply(q, 7, 100).mul(Rope.apply(k, 4, 100)).sum().getFloat();
            float s2 = Rope.apply(q, 23, 100).mul(Rope.apply(k, 20, 100)).sum().getFloat();
            assertEquals(s1, s2, 1e-5);
        }
    }
}
