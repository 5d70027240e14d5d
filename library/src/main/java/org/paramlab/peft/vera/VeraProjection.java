package org.paramlab.peft.vera;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.SplittableRandom;

/**
 * VeRA's frozen random matrices, shared by every adapted layer: {@code A (r, in_max)} and {@code B
 * (out_max, r)}, Kaiming-uniform ({@code U(±1/√fan_in)}), drawn from a Java {@link
 * SplittableRandom} seeded with {@code projection_prng_key} so that they do not disturb the
 * engine's random stream. They are buffers, not parameters: never trained, not counted.
 *
 * @param a {@code (r, in_max)}
 * @param b {@code (out_max, r)}
 */
record VeraProjection(NDArray a, NDArray b) {
    int rank() {
        return (int) a.getShape().get(0);
    }

    static VeraProjection draw(int rank, int inMax, int outMax, long seed, NDManager manager) {
        SplittableRandom random = new SplittableRandom(seed);
        return new VeraProjection(
                uniform(random, rank, inMax, manager), uniform(random, outMax, rank, manager));
    }

    private static NDArray uniform(SplittableRandom random, int rows, int cols, NDManager m) {
        double bound = 1 / Math.sqrt(cols);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextDouble(-bound, bound);
        }
        return m.create(v, new Shape(rows, cols));
    }
}
