package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

class HostArraysTest {

    /** Allocates and drops direct buffers, then collects, so freed buffers' memory is reused. */
    private static void churnDirectMemory() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 200; i++) {
                ByteBuffer b = ByteBuffer.allocateDirect(4096);
                b.putFloat(0, 1e30f);
            }
            System.gc();
        }
    }

    @Test
    void theGradientThroughAConstantFactorSurvivesAGarbageCollection() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = HostArrays.create(manager, new float[] {1, 2, 3, 4}, new Shape(4));
            x.setRequiresGradient(true);
            try (Backprop tape = Backprop.start()) {
                NDArray y = HostArrays.times(x, 3.0);
                churnDirectMemory(); // between the forward and the backward pass
                tape.backward(y.sum());
            }
            assertArrayEquals(new float[] {3, 3, 3, 3}, x.getGradient().toFloatArray());
        }
    }

    @Test
    void hostArraysHoldTheirValuesAfterAGarbageCollection() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray ids = HostArrays.create(manager, new int[] {5, 6, 7}, new Shape(3));
            churnDirectMemory();
            assertArrayEquals(new int[] {5, 6, 7}, ids.toIntArray());
        }
    }

    @Test
    void arrayCopyWritesIntoTheTargetsOwnStorage() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray target = manager.zeros(new Shape(2, 2));
            ArrayCopy.into(target, new float[] {1, 2, 3, 4});
            churnDirectMemory();
            assertArrayEquals(new float[] {1, 2, 3, 4}, target.toFloatArray());
        }
    }
}
