package org.paramlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * A lookup table with PyTorch's parameter name: row {@code i} of {@code weight} is the vector of
 * index {@code i}.
 *
 * <p>Shapes: input {@code (...)} of integer indices in {@code [0, count)}; parameter {@code weight
 * (count, dim)}, initialised {@code N(0, 0.02²)} as in BERT; output {@code (..., dim)}.
 */
public final class Embedding extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int count;
    private final int dim;
    private final Parameter weight;

    private Embedding(Builder builder) {
        super(VERSION);
        this.count = builder.count;
        this.dim = builder.dim;
        this.weight =
                addParameter(
                        Parameter.builder()
                                .setName("weight")
                                .setType(Parameter.Type.WEIGHT)
                                .optInitializer(new NormalInitializer(0.02f))
                                .optShape(new Shape(count, dim))
                                .build());
    }

    /** Number of rows. */
    public int count() {
        return count;
    }

    /** Vector size. */
    public int dim() {
        return dim;
    }

    /** The {@code (count, dim)} table. */
    public Parameter weight() {
        return weight;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(dim)};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        return new NDList(lookup(ids, ps.getValue(weight, ids.getDevice(), training)));
    }

    /**
     * Rows of {@code table} at {@code ids}.
     *
     * @param ids {@code (...)} integer indices
     * @param table {@code (count, dim)}
     * @return {@code (..., dim)}
     */
    public static NDArray lookup(NDArray ids, NDArray table) {
        return ai.djl.nn.core.Embedding.embedding(ids, table, SparseFormat.DENSE)
                .singletonOrThrow();
    }

    /** A builder; {@link Builder#setCount} and {@link Builder#setDim} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Embedding}. */
    public static final class Builder {
        private int count;
        private int dim;

        private Builder() {}

        /** Number of rows (required, positive). */
        public Builder setCount(int count) {
            this.count = count;
            return this;
        }

        /** Vector size (required, positive). */
        public Builder setDim(int dim) {
            this.dim = dim;
            return this;
        }

        /**
         * Builds the table.
         *
         * @throws IllegalArgumentException if a size is not positive
         */
        public Embedding build() {
            if (count <= 0 || dim <= 0) {
                throw new IllegalArgumentException(
                        "Embedding needs positive count and dim, got count="
                                + count
                                + ", dim="
                                + dim);
            }
            return new Embedding(this);
        }
    }
}
