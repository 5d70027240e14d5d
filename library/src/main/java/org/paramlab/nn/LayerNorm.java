package org.paramlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;

/**
 * Layer normalisation over the last axis with PyTorch's parameter names ({@code weight}, {@code
 * bias}): {@code y = (x − mean(x)) / sqrt(var(x) + ε) · weight + bias} (Ba, Kiros, Hinton, 2016,
 * arXiv:1607.06450, eq. 4).
 *
 * <p>Shapes: input {@code (..., d)}; parameters {@code weight (d)} (ones) and {@code bias (d)}
 * (zeros); output {@code (..., d)}. ε defaults to BERT's {@code 1e-12}.
 */
public final class LayerNorm extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int size;
    private final float eps;
    private final Parameter weight;
    private final Parameter bias;

    private LayerNorm(Builder builder) {
        super(VERSION);
        this.size = builder.size;
        this.eps = builder.eps;
        this.weight =
                addParameter(
                        Parameter.builder()
                                .setName("weight")
                                .setType(Parameter.Type.GAMMA)
                                .optInitializer(new ConstantInitializer(1))
                                .optShape(new Shape(size))
                                .build());
        this.bias =
                addParameter(
                        Parameter.builder()
                                .setName("bias")
                                .setType(Parameter.Type.BETA)
                                .optInitializer(new ConstantInitializer(0))
                                .optShape(new Shape(size))
                                .build());
    }

    /** The normalised size {@code d}. */
    public int size() {
        return size;
    }

    /** The ε added to the variance. */
    public float eps() {
        return eps;
    }

    /** The {@code (d)} scale. */
    public Parameter weight() {
        return weight;
    }

    /** The {@code (d)} shift. */
    public Parameter bias() {
        return bias;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        NDArray b = ps.getValue(bias, x.getDevice(), training);
        return new NDList(layerNorm(x, w, b, eps));
    }

    /**
     * Normalises {@code x} over its last axis and applies {@code w}, {@code b}.
     *
     * @param x {@code (..., d)}
     * @param w {@code (d)}
     * @param b {@code (d)}
     * @param eps the ε added to the variance
     * @return {@code (..., d)}
     */
    public static NDArray layerNorm(NDArray x, NDArray w, NDArray b, float eps) {
        return ai.djl.nn.norm.LayerNorm.layerNorm(x, new Shape(x.getShape().tail()), w, b, eps)
                .singletonOrThrow();
    }

    /** A builder; {@link Builder#setSize} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LayerNorm}. */
    public static final class Builder {
        private int size;
        private float eps = 1e-12f;

        private Builder() {}

        /** The normalised size (required, positive). */
        public Builder setSize(int size) {
            this.size = size;
            return this;
        }

        /** The ε added to the variance; default {@code 1e-12} (BERT). */
        public Builder optEps(float eps) {
            this.eps = eps;
            return this;
        }

        /**
         * Builds the layer.
         *
         * @throws IllegalArgumentException if the size is not positive or ε is negative
         */
        public LayerNorm build() {
            if (size <= 0 || !(eps >= 0)) {
                throw new IllegalArgumentException(
                        "LayerNorm needs a positive size and ε ≥ 0, got size="
                                + size
                                + ", eps="
                                + eps);
            }
            return new LayerNorm(this);
        }
    }
}
