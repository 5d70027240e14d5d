package org.paramlab.train;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of {@link AdamW}'s state on the Java heap: the update count and each parameter's first
 * and second moments, keyed by {@linkplain ParameterPaths parameter path}. It holds no native
 * memory, so it can sit in a result, be written to a checkpoint, or seed a new optimizer for a
 * grown model (TokenFormer's parameter-token growth carries the moments of the old tokens over and
 * starts the new ones at zero; see {@link AdamW#AdamW(AdamWConfig, ai.djl.nn.Block,
 * OptimizerState)}).
 *
 * @param updates the number of updates taken, t in the bias corrections 1 − β^t
 * @param moments each trained parameter's moments
 */
public record OptimizerState(long updates, Map<String, Moments> moments) {

    /**
     * Validates and copies the map.
     *
     * @throws IllegalArgumentException if updates &lt; 0
     */
    public OptimizerState {
        if (updates < 0) {
            throw new IllegalArgumentException("The update count must be ≥ 0, found " + updates);
        }
        moments = Collections.unmodifiableMap(new LinkedHashMap<>(moments));
    }

    /** The number of scalars held, both moments counted. */
    public long size() {
        return moments.values().stream().mapToLong(m -> 2L * m.first().length).sum();
    }

    /**
     * Row-major {@code values} of shape {@code shape} zero-padded to {@code target}: each value
     * keeps its multi-index, every new index holds 0.
     *
     * @throws IllegalArgumentException if the ranks differ or an axis would shrink
     */
    public static float[] pad(float[] values, long[] shape, long[] target) {
        if (target.length != shape.length) {
            throw new IllegalArgumentException(
                    "Cannot pad shape "
                            + Arrays.toString(shape)
                            + " to "
                            + Arrays.toString(target)
                            + ": the ranks differ.");
        }
        for (int i = 0; i < target.length; i++) {
            if (target[i] < shape[i]) {
                throw new IllegalArgumentException(
                        "Cannot pad shape "
                                + Arrays.toString(shape)
                                + " to "
                                + Arrays.toString(target)
                                + ": axis "
                                + i
                                + " shrinks; only growth is supported.");
            }
        }
        int size = (int) Arrays.stream(target).reduce(1, (a, b) -> a * b);
        float[] out = new float[size];
        int[] index = new int[shape.length];
        for (int flat = 0; flat < values.length; flat++) {
            int rest = flat; // row-major multi-index of flat in shape
            for (int axis = shape.length - 1; axis >= 0; axis--) {
                index[axis] = (int) (rest % shape[axis]);
                rest /= (int) shape[axis];
            }
            int to = 0;
            for (int axis = 0; axis < target.length; axis++) {
                to = to * (int) target[axis] + index[axis];
            }
            out[to] = values[flat];
        }
        return out;
    }

    /**
     * One parameter's moments, flattened in row-major order.
     *
     * @param shape the parameter's shape
     * @param first m, the first moment
     * @param second v, the second moment
     */
    public record Moments(long[] shape, float[] first, float[] second) {
        /**
         * Validates the lengths against the shape.
         *
         * @throws IllegalArgumentException if a moment's length is not the shape's size
         */
        public Moments {
            Objects.requireNonNull(shape, "shape");
            long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            if (first.length != size || second.length != size) {
                throw new IllegalArgumentException(
                        "Moments of shape "
                                + Arrays.toString(shape)
                                + " need "
                                + size
                                + " values each, found "
                                + first.length
                                + " and "
                                + second.length);
            }
        }

        /**
         * These moments zero-padded to {@code target}: the old values keep their indices, every new
         * index holds 0. This is how the optimizer state follows a parameter that grew along any
         * axes (new rows of TokenFormer's key and value parameter tokens).
         *
         * @throws IllegalArgumentException if the ranks differ or any axis would shrink
         */
        public Moments paddedTo(long[] target) {
            if (Arrays.equals(shape, target)) {
                return this;
            }
            if (target.length != shape.length) {
                throw new IllegalArgumentException(
                        "Cannot carry moments of shape "
                                + Arrays.toString(shape)
                                + " over to a parameter of shape "
                                + Arrays.toString(target)
                                + ": the ranks differ.");
            }
            for (int i = 0; i < target.length; i++) {
                if (target[i] < shape[i]) {
                    throw new IllegalArgumentException(
                            "Cannot carry moments of shape "
                                    + Arrays.toString(shape)
                                    + " over to a parameter of shape "
                                    + Arrays.toString(target)
                                    + ": axis "
                                    + i
                                    + " shrinks; only growth is supported.");
                }
            }
            return new Moments(
                    target.clone(), pad(first, shape, target), pad(second, shape, target));
        }
    }
}
