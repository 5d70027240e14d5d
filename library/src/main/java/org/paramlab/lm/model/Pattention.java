package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

import org.paramlab.train.HostArrays;

import java.util.Objects;

/**
 * TokenFormer's token-parameter attention (Wang, Fan, Naeem, Xian, Lenssen, Wang, Tombari, Schiele,
 * "TokenFormer: Rethinking Transformer Scaling with Tokenized Model Parameters", ICLR 2025,
 * arXiv:2410.23168, Eq. 4): the input tokens are queries, n learnable parameter tokens are keys K_P
 * and values V_P, and
 *
 * <pre>
 *   Pattention(X) = Θ(X·K_Pᵀ)·V_P
 * </pre>
 *
 * with Θ one of the {@link PattentionNorm}s. It replaces a linear layer d_in → d_out; the model
 * grows by appending parameter tokens, which with zero keys and values and a kept τ leaves the
 * function unchanged ({@link Growth}).
 *
 * <p>Input x (…, d_in); parameters {@code keys} K_P (n, d_in) and {@code values} V_P (n, d_out);
 * output (…, d_out). τ is fixed when the layer is built (default √n) and not recomputed from the
 * current token count, which is what makes zero-token growth exact (the repository recomputes √n in
 * each forward pass).
 */
public final class Pattention extends AbstractBlock {
    private static final byte VERSION = 1;
    private static final float EPSILON = 1e-6f;

    private final int tokens;
    private final int outputs;
    private final PattentionNorm norm;
    private final double tau;
    private final Parameter keys;
    private final Parameter values;

    Pattention(Builder builder) {
        super(VERSION);
        tokens = builder.tokens;
        outputs = builder.outputs;
        norm = builder.norm;
        tau = builder.tau > 0 ? builder.tau : Math.sqrt(tokens);
        keys =
                addParameter(
                        Parameter.builder()
                                .setName("keys")
                                .setType(Parameter.Type.WEIGHT)
                                .optInitializer(Initializer.ZEROS)
                                .build());
        values =
                addParameter(
                        Parameter.builder()
                                .setName("values")
                                .setType(Parameter.Type.WEIGHT)
                                .optInitializer(Initializer.ZEROS)
                                .build());
    }

    /** n, the number of parameter tokens. */
    public int tokens() {
        return tokens;
    }

    /** The normalisation of the scores. */
    public PattentionNorm norm() {
        return norm;
    }

    /** τ, fixed at construction. */
    public double tau() {
        return tau;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {in.slice(0, in.dimension() - 1).add(outputs)};
    }

    /** {@inheritDoc} */
    @Override
    protected void prepare(Shape[] inputShapes) {
        long in = inputShapes[0].tail();
        keys.setShape(new Shape(tokens, in));
        values.setShape(new Shape(tokens, outputs));
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray k = store.getValue(keys, x.getDevice(), training);
        NDArray v = store.getValue(values, x.getDevice(), training);
        return new NDList(pattention(x, k, v, norm, (float) tau));
    }

    /**
     * Θ(x·Kᵀ)·V for x (…, d_in), K (n, d_in), V (n, d_out); result (…, d_out).
     *
     * @param tau τ of the normalisation
     */
    public static NDArray pattention(
            NDArray x, NDArray keys, NDArray values, PattentionNorm norm, float tau) {
        NDArray scores = Linear.linear(x, keys).head(); // (…, n) = x·Kᵀ
        NDArray weights =
                switch (norm) {
                    case SOFTMAX -> HostArrays.times(scores.softmax(-1), tau * tau);
                    case GELU_L2 -> {
                        NDArray g = Activation.gelu(scores);
                        yield HostArrays.times(g.div(l2(g)), tau);
                    }
                    case L2_GELU -> Activation.gelu(HostArrays.times(scores.div(l2(scores)), tau));
                };
        return weights.matMul(values); // (…, d_out)
    }

    /** √(Σ a² + ε²) over the last axis, kept (…, 1); differentiable at 0. */
    private static NDArray l2(NDArray a) {
        return a.square().sum(new int[] {-1}, true).add(EPSILON * EPSILON).sqrt();
    }

    /** A builder; the norm defaults to {@link PattentionNorm#L2_GELU}, τ to √tokens. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Pattention}. */
    public static final class Builder {
        private int tokens;
        private int outputs;
        private PattentionNorm norm = PattentionNorm.L2_GELU;
        private double tau;

        Builder() {}

        /** Sets n, the number of parameter tokens (required). */
        public Builder setTokens(int value) {
            tokens = value;
            return this;
        }

        /** Sets d_out, the width of the output (required). */
        public Builder setOutputs(int value) {
            outputs = value;
            return this;
        }

        /** Sets Θ (default {@link PattentionNorm#L2_GELU}, the paper's). */
        public Builder optNorm(PattentionNorm value) {
            norm = Objects.requireNonNull(value, "norm");
            return this;
        }

        /** Sets τ (default 0: √tokens); a grown layer keeps its original τ. */
        public Builder optTau(double value) {
            tau = value;
            return this;
        }

        /**
         * Builds the block.
         *
         * @throws IllegalArgumentException if tokens or outputs are below 1 or τ is negative
         */
        public Pattention build() {
            if (tokens < 1 || outputs < 1) {
                throw new IllegalArgumentException(
                        "Pattention needs tokens ≥ 1 and outputs ≥ 1, found "
                                + tokens
                                + " and "
                                + outputs
                                + "; call setTokens and setOutputs.");
            }
            if (!(tau >= 0)) {
                throw new IllegalArgumentException("τ must be ≥ 0 (0 for √tokens), found " + tau);
            }
            return new Pattention(this);
        }
    }
}
