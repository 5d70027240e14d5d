package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

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
 * engine memory owned by the input's manager until the step's manager is closed.
 */
public final class HostArrays {
    private HostArrays() {}

    /**
     * A float32 array of {@code shape} holding {@code values}, engine-owned, in {@code manager}.
     */
    public static NDArray create(NDManager manager, float[] values, Shape shape) {
        NDArray wrapped = manager.create(values, shape);
        NDArray owned = wrapped.duplicate(); // a copy in engine memory
        wrapped.close();
        return owned;
    }

    /** An int32 array of {@code shape} holding {@code values}, engine-owned, in {@code manager}. */
    public static NDArray create(NDManager manager, int[] values, Shape shape) {
        NDArray wrapped = manager.create(values, shape);
        NDArray owned = wrapped.duplicate();
        wrapped.close();
        return owned;
    }

    /**
     * x·c with the constant held in engine memory in x's manager (use instead of {@code x.mul(c)}
     * wherever gradients flow through x).
     */
    public static NDArray times(NDArray x, double c) {
        NDArray wrapped = x.getManager().create((float) c);
        NDArray constant = wrapped.duplicate().toType(x.getDataType(), false);
        wrapped.close();
        return x.mul(constant);
    }
}
