package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/**
 * Root-mean-square layer normalisation (Zhang and Sennrich, "Root Mean Square Layer Normalization",
 * NeurIPS 2019, arXiv:1910.07467, Eq. 4):
 *
 * <pre>
 *   y = x / √(mean(x²) + ε) ⊙ g
 * </pre>
 *
 * over the last axis. Input x (…, d); parameter {@code gain} g (d), initialised to ones; output (…,
 * d). ε = 1e-6 by default (LLaMA uses 1e-6, OpenELM 1e-6).
 */
public final class RmsNorm extends AbstractBlock {
    private static final byte VERSION = 1;

    private final float epsilon;
    private final Parameter gain;

    RmsNorm(Builder builder) {
        super(VERSION);
        epsilon = builder.epsilon;
        gain =
                addParameter(
                        Parameter.builder()
                                .setName("gain")
                                .setType(Parameter.Type.GAMMA)
                                .optInitializer(Initializer.ONES)
                                .build());
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    /** {@inheritDoc} */
    @Override
    protected void prepare(Shape[] inputShapes) {
        gain.setShape(new Shape(inputShapes[0].tail()));
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.head();
        return new NDList(rmsNorm(x, store.getValue(gain, x.getDevice(), training), epsilon));
    }

    /** y = x/√(mean(x²) + ε) ⊙ g over the last axis; x (…, d), g (d). */
    public static NDArray rmsNorm(NDArray x, NDArray gain, float epsilon) {
        NDArray meanSquare = x.square().mean(new int[] {-1}, true); // (…, 1)
        return x.div(meanSquare.add(epsilon).sqrt()).mul(gain);
    }

    /** A builder; ε defaults to 1e-6. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link RmsNorm}. */
    public static final class Builder {
        private float epsilon = 1e-6f;

        Builder() {}

        /** Sets ε (default 1e-6). */
        public Builder optEpsilon(float value) {
            epsilon = value;
            return this;
        }

        /**
         * Builds the block.
         *
         * @throws IllegalArgumentException unless ε &gt; 0
         */
        public RmsNorm build() {
            if (!(epsilon > 0)) {
                throw new IllegalArgumentException("RMSNorm's ε must be > 0, found " + epsilon);
            }
            return new RmsNorm(this);
        }
    }
}
