package org.paramlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * A fully connected layer with PyTorch's parameter names and layout: {@code y = x Wᵀ + b}.
 *
 * <p>Shapes: input {@code (..., in)}; parameters {@code weight (out, in)} and, unless built
 * without, {@code bias (out)}; output {@code (..., out)}. The layout is {@code torch.nn.Linear}'s,
 * so checkpoints and HF PEFT adapter files map one to one. Initialisation is BERT's: weight {@code
 * N(0, 0.02²)}, bias zero (Devlin et al., NAACL 2019, arXiv:1810.04805, §A.2 of the reference
 * code's {@code initializer_range}).
 */
public final class Linear extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;

    private Linear(Builder builder) {
        super(VERSION);
        this.in = builder.in;
        this.out = builder.out;
        this.weight =
                addParameter(
                        Parameter.builder()
                                .setName("weight")
                                .setType(Parameter.Type.WEIGHT)
                                .optInitializer(new NormalInitializer(builder.initStd))
                                .optShape(new Shape(out, in))
                                .build());
        this.bias =
                builder.bias
                        ? addParameter(
                                Parameter.builder()
                                        .setName("bias")
                                        .setType(Parameter.Type.BIAS)
                                        .optInitializer(new ConstantInitializer(0))
                                        .optShape(new Shape(out))
                                        .build())
                        : null;
    }

    /** Input features. */
    public int in() {
        return in;
    }

    /** Output features. */
    public int out() {
        return out;
    }

    /** The {@code (out, in)} weight. */
    public Parameter weight() {
        return weight;
    }

    /** The {@code (out)} bias, or {@code null} when built without one. */
    public Parameter bias() {
        return bias;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        return new Shape[] {x.slice(0, x.dimension() - 1).add(out)};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        NDArray b = bias == null ? null : ps.getValue(bias, x.getDevice(), training);
        return new NDList(linear(x, w, b));
    }

    /**
     * {@code x Wᵀ + b}.
     *
     * @param x {@code (..., in)}
     * @param w {@code (out, in)}
     * @param b {@code (out)} or {@code null}
     * @return {@code (..., out)}
     */
    public static NDArray linear(NDArray x, NDArray w, NDArray b) {
        return b == null
                ? ai.djl.nn.core.Linear.linear(x, w).singletonOrThrow()
                : ai.djl.nn.core.Linear.linear(x, w, b).singletonOrThrow();
    }

    /** A builder; {@link Builder#setIn}, {@link Builder#setOut} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Linear}. */
    public static final class Builder {
        private int in;
        private int out;
        private boolean bias = true;
        private float initStd = 0.02f;

        private Builder() {}

        /** Input features (required, positive). */
        public Builder setIn(int in) {
            this.in = in;
            return this;
        }

        /** Output features (required, positive). */
        public Builder setOut(int out) {
            this.out = out;
            return this;
        }

        /** Whether the layer has a bias; default true. */
        public Builder optBias(boolean bias) {
            this.bias = bias;
            return this;
        }

        /** Standard deviation of the weight's normal initialisation; default 0.02. */
        public Builder optInitStd(float std) {
            this.initStd = std;
            return this;
        }

        /**
         * Builds the layer.
         *
         * @throws IllegalArgumentException if a size is not positive
         */
        public Linear build() {
            if (in <= 0 || out <= 0) {
                throw new IllegalArgumentException(
                        "Linear needs positive in and out features, got in=" + in + ", out=" + out);
            }
            return new Linear(this);
        }
    }
}
