package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Copies host values into an existing array's own storage, in place and without recording
 * gradients.
 *
 * <p>Why not {@link NDArray#set(float[])}: with the PyTorch engine, {@code set} makes the tensor
 * point at a direct buffer owned by the Java object instead of copying into the tensor's memory.
 * For a model parameter that is updated in place for thousands of steps, that memory's lifetime
 * then hangs on Java's garbage collector; in our runs it coincided with rare, non-reproducible
 * corrupted updates. Copying into the tensor's native storage keeps PyTorch the owner.
 */
public final class ArrayCopy {
    private ArrayCopy() {}

    /**
     * Writes {@code values} (row-major, as many as the target holds) into {@code target}.
     *
     * @throws IllegalArgumentException if the number of values differs from the target's size
     */
    public static void into(NDArray target, float[] values) {
        if (values.length != target.size()) {
            throw new IllegalArgumentException(
                    "Cannot copy "
                            + values.length
                            + " values into an array of shape "
                            + target.getShape()
                            + " ("
                            + target.size()
                            + " values).");
        }
        try (NDManager temp = target.getManager().newSubManager();
                GradMode off = GradMode.disabled()) {
            NDArray source =
                    temp.create(values, target.getShape()).toType(target.getDataType(), false);
            target.muli(0).addi(source); // in place: the target keeps its own storage
        }
    }
}
