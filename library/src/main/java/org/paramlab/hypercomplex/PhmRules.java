package org.paramlab.hypercomplex;

import java.util.Arrays;

/**
 * Where a hypercomplex layer's algebra rules {@code A (n, n, n)} come from: a variant object, so
 * that the layers hold no flag per kind.
 *
 * <ul>
 *   <li>{@link Learned}: the layer learns its own rules (PHM, PHC; the default).
 *   <li>{@link Fixed}: constant rules, not parameters: {@link #hamilton()} makes a layer a
 *       quaternion layer, {@link #real()} (n = 1, A = [1]) a real one.
 *   <li>{@link Shared}: the rules of a {@link SharedRules} block that several layers read
 *       (Compacter's "shared slow weights"); the block is registered once in the model, so the
 *       rules are counted, trained and saved once.
 * </ul>
 */
public sealed interface PhmRules permits PhmRules.Learned, PhmRules.Fixed, PhmRules.Shared {

    /** Rules learned by the layer itself. */
    static PhmRules learned() {
        return new Learned();
    }

    /** Hamilton's quaternion rules (n = 4), fixed; see {@link Quaternion#rules()}. */
    static PhmRules hamilton() {
        return new Fixed(4, Quaternion.rules());
    }

    /** The real numbers as a one-dimensional algebra: n = 1, {@code A = [1]}, fixed. */
    static PhmRules real() {
        return new Fixed(1, new float[] {1f});
    }

    /** The rules of {@code block}, shared with every layer given the same block. */
    static PhmRules shared(SharedRules block) {
        return new Shared(block);
    }

    /** Whether the layer registers the rules as its own trainable parameter. */
    default boolean ownParameter() {
        return this instanceof Learned;
    }

    /** Rules learned per layer. */
    record Learned() implements PhmRules {}

    /**
     * Constant rules.
     *
     * @param n the algebra's dimension
     * @param values {@code A} in row-major order, {@code n³} values
     */
    record Fixed(int n, float[] values) implements PhmRules {
        /**
         * Validates the size.
         *
         * @throws IllegalArgumentException unless there are n³ values
         */
        public Fixed {
            if (n < 1 || values.length != n * n * n) {
                throw new IllegalArgumentException(
                        "Fixed rules for n = " + n + " need n³ values, got " + values.length);
            }
            values = values.clone();
        }

        /** A copy of the values. */
        @Override
        public float[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fixed f && f.n == n && Arrays.equals(f.values, values);
        }

        @Override
        public int hashCode() {
            return 31 * n + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Fixed[n=" + n + "]";
        }
    }

    /**
     * Rules read from a shared block.
     *
     * @param block the block that owns them
     */
    record Shared(SharedRules block) implements PhmRules {}
}
