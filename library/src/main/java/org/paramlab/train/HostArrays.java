package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/**
 * Arrays made from host values whose storage belongs to the engine, and multiplication by a
 * constant that is safe to back-propagate through.
 *
 * <p>With the PyTorch engine, {@code manager.create(values)} wraps a direct buffer owned by the
 * Java object ({@code torch::from_blob}); once the object is closed, the buffer is freed by Java's
 * garbage collector whenever it runs, even if PyTorch still holds the tensor. DJL's {@code
 * x.mul(2f)} does exactly that: it wraps the constant, multiplies, and closes the wrapper, but
 * autograd has saved the constant for the backward pass. If a garbage collection falls between the
 * forward and the backward pass, the gradient is computed from freed memory: we saw training runs
 * diverge or drift at random, only when the collector ran. {@link #times} keeps the constant in
 * engine memory owned by the input's manager until the step's manager is closed. Every array here
 * is allocated by the engine ({@code full}, or {@code create(shape)} then a copy in): a {@code
 * duplicate()} of a wrapped array was not enough (the forced-collection tests caught it).
 */
public final class HostArrays {
    private HostArrays() {}

    /**
     * A float32 array of {@code shape} holding {@code values}, engine-owned, in {@code manager}.
     */
    public static NDArray create(NDManager manager, float[] values, Shape shape) {
        NDArray owned = manager.create(shape, DataType.FLOAT32); // allocated by the engine
        owned.set(FloatBuffer.wrap(values)); // copied in
        return owned;
    }

    /** An int32 array of {@code shape} holding {@code values}, engine-owned, in {@code manager}. */
    public static NDArray create(NDManager manager, int[] values, Shape shape) {
        NDArray owned = manager.create(shape, DataType.INT32);
        owned.set(IntBuffer.wrap(values));
        return owned;
    }

    /**
     * x·c with the constant held in engine memory in x's manager (use instead of {@code x.mul(c)}
     * wherever gradients flow through x).
     */
    public static NDArray times(NDArray x, double c) {
        // full() allocates in the engine; duplicate() of a wrapped Java buffer may share it.
        NDArray constant = x.getManager().full(new Shape(), (float) c, x.getDataType());
        return x.mul(constant);
    }
}
