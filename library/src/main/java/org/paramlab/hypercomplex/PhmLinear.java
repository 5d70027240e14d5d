package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Linear;

/**
 * The parameterized hypercomplex multiplication (PHM) layer: a fully connected layer whose weight
 * is a Kronecker sum, {@code y = x Hᵀ + b} with {@code H = Σᵢ₌₁ⁿ Aᵢ ⊗ Fᵢ} (Zhang, Tay, Zhang, Chan,
 * Luu, Hui, Fu. Beyond Fully-Connected Layers with Quaternions: Parameterization of Hypercomplex
 * Multiplications with 1/n Parameters. ICLR 2021, arXiv:2102.08597, eq. 4).
 *
 * <p>Shapes: input {@code (…, in)}; parameters {@code rules (n, n, n)} unless the rules are fixed
 * or shared ({@link PhmRules}), {@code factors (n, out/n, in/n)} or, with rank r, {@code
 * factors_left (n, out/n, r)} and {@code factors_right (n, r, in/n)} ({@code Fᵢ = sᵢtᵢ},
 * Compacter), and {@code bias (out)} unless built without; output {@code (…, out)}. Parameters:
 * {@code n³ + out·in/n (+ out)}. With n = 1 this is a real linear layer ({@code H = A·F}); with
 * {@link PhmRules#hamilton()} (n = 4) it is a quaternion linear layer.
 */
public final class PhmLinear extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int in;
    private final int out;
    private final KroneckerWeight weight;
    private final Parameter bias;

    private PhmLinear(Builder b) {
        super(VERSION);
        this.in = b.in;
        this.out = b.out;
        this.weight =
                new KroneckerWeight(
                        "PhmLinear", b.n, b.out, b.in, new Shape(), b.rank, b.rules, b.init);
        for (Parameter p : weight.parameters()) {
            addParameter(p);
        }
        this.bias =
                b.bias
                        ? addParameter(
                                Parameter.builder()
                                        .setName("bias")
                                        .setType(Parameter.Type.BIAS)
                                        .optShape(new Shape(out))
                                        .optInitializer(b.init.bias(in))
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

    /** The number of rules, n. */
    public int n() {
        return weight.n();
    }

    /**
     * The scalars this layer registers: {@code n³} (own rules only) {@code + out·in/n} (or {@code
     * n·r·(out/n + in/n)}) {@code + out} (bias only).
     */
    public long parameterCount() {
        return weight.parameterCount() + (bias == null ? 0 : out);
    }

    /** The weight {@code H (out, in)} the layer applies now, in the manager of {@code like}. */
    public NDArray weight(ParameterStore ps, NDArray like) {
        return weight.weight(ps, like, false);
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
        NDArray x = inputs.singletonOrThrow(); // (…, in)
        NDArray h = weight.weight(ps, x, training); // (out, in)
        NDArray b = bias == null ? null : ps.getValue(bias, x.getDevice(), training);
        return new NDList(Linear.linear(x, h, b)); // (…, out)
    }

    /**
     * The PHM layer as a function: {@code x (Σᵢ Aᵢ ⊗ Fᵢ)ᵀ + b}.
     *
     * @param x {@code (…, in)}
     * @param rules {@code (n, n, n)}
     * @param factors {@code (n, out/n, in/n)}
     * @param bias {@code (out)} or null
     * @return {@code (…, out)}
     */
    public static NDArray phmLinear(NDArray x, NDArray rules, NDArray factors, NDArray bias) {
        return Linear.linear(x, KroneckerSum.of(rules, factors), bias);
    }

    /** A builder; {@link Builder#setN}, {@link Builder#setIn}, {@link Builder#setOut} required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PhmLinear}. */
    public static final class Builder {
        private int n;
        private int in;
        private int out;
        private int rank;
        private boolean bias = true;
        private PhmRules rules = PhmRules.learned();
        private PhmInit init = PhmInit.PHNN;

        Builder() {}

        /** The number of rules n, dividing both in and out (required). */
        public Builder setN(int value) {
            this.n = value;
            return this;
        }

        /** Input features (required). */
        public Builder setIn(int value) {
            this.in = value;
            return this;
        }

        /** Output features (required). */
        public Builder setOut(int value) {
            this.out = value;
            return this;
        }

        /** Rank r of the factors {@code Fᵢ = sᵢtᵢ}; 0 (default) for full factors. */
        public Builder optRank(int value) {
            this.rank = value;
            return this;
        }

        /** Whether the layer adds a bias; default true. */
        public Builder optBias(boolean value) {
            this.bias = value;
            return this;
        }

        /** Where the rules come from; default {@link PhmRules#learned()}. */
        public Builder optRules(PhmRules value) {
            this.rules = value;
            return this;
        }

        /** The initialisation scheme; default {@link PhmInit#PHNN}. */
        public Builder optInit(PhmInit value) {
            this.init = value;
            return this;
        }

        /**
         * Builds the layer.
         *
         * @throws IllegalArgumentException if a size is not positive, n does not divide in and out
         *     (the message names the dimension and the n that would work), or the rank or rules do
         *     not fit
         */
        public PhmLinear build() {
            if (in <= 0 || out <= 0) {
                throw new IllegalArgumentException(
                        "PhmLinear needs positive in and out features, got in="
                                + in
                                + ", out="
                                + out);
            }
            if (rules instanceof PhmRules.Fixed f && n == 0) {
                n = f.n();
            }
            return new PhmLinear(this);
        }
    }
}
