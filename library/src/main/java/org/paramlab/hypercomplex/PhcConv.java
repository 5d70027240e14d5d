package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A parameterized hypercomplex convolution (PHC): a convolution whose kernel is a Kronecker sum
 * over the channel axes, {@code H = Σᵢ₌₁ⁿ Aᵢ ⊗ Fᵢ}, {@code Aᵢ (n × n)}, {@code Fᵢ (out/n, in/n,
 * k…)}, the kernel axes untouched (Grassucci, Zhang, Comminiello. PHNNs: Lightweight Neural
 * Networks via Parameterized Hypercomplex Convolutions. IEEE TNNLS 2022, arXiv:2110.04176, eq. 7),
 * then {@code y = H ⋆ x + b}.
 *
 * <p>Shapes: input {@code (B, in, s…)}; parameters {@code rules (n, n, n)} (unless fixed or shared,
 * see {@link PhmRules}), {@code factors (n, out/n, in/n, k…)} or the rank-r halves {@code
 * factors_left (n, out/n, r)}, {@code factors_right (n, r, in·K/n)}, and {@code bias (out)} when
 * built with one; output {@code (B, out, s'…)}. Parameters: {@code n³ + out·in·K/n (+ out)}, K the
 * kernel volume. The bias is off by default: the reference code allocates a bias it never applies,
 * so only a bias that is applied is a parameter here. Subclasses fix the number of spatial axes:
 * {@link PhcConv1d}, {@link PhcConv2d}, {@link PhcConv3d}.
 */
public abstract class PhcConv extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int in;
    private final int out;
    private final Shape kernel;
    private final Shape stride;
    private final Shape padding;
    private final Shape dilation;
    private final KroneckerWeight weight;
    private final Parameter bias;

    /**
     * Registers the parameters of {@code b}.
     *
     * @param b a validated builder
     */
    protected PhcConv(Builder<?> b) {
        super(VERSION);
        this.in = b.in;
        this.out = b.out;
        this.kernel = b.kernel;
        this.stride = b.stride;
        this.padding = b.padding;
        this.dilation = b.dilation;
        this.weight =
                new KroneckerWeight(
                        getClass().getSimpleName(),
                        b.n,
                        b.out,
                        b.in,
                        b.kernel,
                        b.rank,
                        b.rules,
                        b.init);
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
                                        .optInitializer(b.init.bias(in * kernel.size()))
                                        .build())
                        : null;
    }

    /** Input channels. */
    public int in() {
        return in;
    }

    /** Output channels. */
    public int out() {
        return out;
    }

    /** The number of rules, n. */
    public int n() {
        return weight.n();
    }

    /** The kernel's sizes. */
    public Shape kernel() {
        return kernel;
    }

    /**
     * The scalars this layer registers: {@code n³} (own rules only) {@code + out·in·K/n} {@code +
     * out} (bias only).
     */
    public long parameterCount() {
        return weight.parameterCount() + (bias == null ? 0 : out);
    }

    /** The kernel {@code H (out, in, k…)} the layer applies now, in the manager of {@code like}. */
    public NDArray weight(ParameterStore ps, NDArray like) {
        return weight.weight(ps, like, false);
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        long[] dims = new long[x.dimension()];
        dims[0] = x.get(0);
        dims[1] = out;
        for (int i = 0; i < kernel.dimension(); i++) {
            long effective = dilation.get(i) * (kernel.get(i) - 1) + 1;
            dims[2 + i] = (x.get(2 + i) + 2 * padding.get(i) - effective) / stride.get(i) + 1;
        }
        return new Shape[] {new Shape(dims)};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow(); // (B, in, s…)
        NDArray h = weight.weight(ps, x, training); // (out, in, k…)
        NDArray b = bias == null ? null : ps.getValue(bias, x.getDevice(), training);
        return new NDList(convolve(x, h, b, stride, padding, dilation)); // (B, out, s'…)
    }

    /** The convolution of this many spatial axes: {@code weight ⋆ x + bias}. */
    protected abstract NDArray convolve(
            NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding, Shape dilation);

    /**
     * Settings of a PHC convolution; {@link #setN}, {@link #setIn}, {@link #setOut} and {@link
     * #setKernel} are required.
     *
     * @param <T> the convolution built
     */
    public static final class Builder<T extends PhcConv> {
        private final int dims;
        private final Function<Builder<T>, T> make;
        private int n;
        private int in;
        private int out;
        private Shape kernel;
        private Shape stride;
        private Shape padding;
        private Shape dilation;
        private int rank;
        private boolean bias;
        private PhmRules rules = PhmRules.learned();
        private PhmInit init = PhmInit.PHNN;

        Builder(int dims, Function<Builder<T>, T> make) {
            this.dims = dims;
            this.make = make;
        }

        /** The number of rules n, dividing both channel counts (required). */
        public Builder<T> setN(int value) {
            this.n = value;
            return this;
        }

        /** Input channels (required). */
        public Builder<T> setIn(int value) {
            this.in = value;
            return this;
        }

        /** Output channels (required). */
        public Builder<T> setOut(int value) {
            this.out = value;
            return this;
        }

        /** A cubic kernel of side {@code size} (required, or {@link #setKernelShape}). */
        public Builder<T> setKernel(int size) {
            return setKernelShape(uniform(size));
        }

        /** The kernel's sizes, one per spatial axis. */
        public Builder<T> setKernelShape(Shape value) {
            this.kernel = value;
            return this;
        }

        /** The stride on every axis; default 1. */
        public Builder<T> optStride(int value) {
            this.stride = uniform(value);
            return this;
        }

        /** Zero padding on every axis; default 0. */
        public Builder<T> optPadding(int value) {
            this.padding = uniform(value);
            return this;
        }

        /** The dilation on every axis; default 1. */
        public Builder<T> optDilation(int value) {
            this.dilation = uniform(value);
            return this;
        }

        /** Rank r of the factors {@code Fᵢ = sᵢtᵢ}; 0 (default) for full factors. */
        public Builder<T> optRank(int value) {
            this.rank = value;
            return this;
        }

        /** Whether a bias is added (and counted); default false. */
        public Builder<T> optBias(boolean value) {
            this.bias = value;
            return this;
        }

        /** Where the rules come from; default {@link PhmRules#learned()}. */
        public Builder<T> optRules(PhmRules value) {
            this.rules = value;
            return this;
        }

        /** The initialisation scheme; default {@link PhmInit#PHNN}. */
        public Builder<T> optInit(PhmInit value) {
            this.init = value;
            return this;
        }

        /**
         * Builds the convolution.
         *
         * @throws IllegalArgumentException if a size is missing or not positive, the kernel has the
         *     wrong number of axes, n does not divide the channels (naming the dimension and the n
         *     that would work), or the rank or rules do not fit
         */
        public T build() {
            if (in <= 0 || out <= 0 || kernel == null) {
                throw new IllegalArgumentException(
                        "A PHC convolution needs positive in and out channels and a kernel, got in="
                                + in
                                + ", out="
                                + out
                                + ", kernel="
                                + kernel);
            }
            if (kernel.dimension() != dims) {
                throw new IllegalArgumentException(
                        "A "
                                + dims
                                + "-D PHC convolution needs "
                                + dims
                                + " kernel sizes, got "
                                + kernel);
            }
            stride = stride == null ? uniform(1) : stride;
            padding = padding == null ? uniform(0) : padding;
            dilation = dilation == null ? uniform(1) : dilation;
            if (rules instanceof PhmRules.Fixed f && n == 0) {
                n = f.n();
            }
            return make.apply(this);
        }

        private Shape uniform(int value) {
            long[] v = new long[dims];
            Arrays.fill(v, value);
            return new Shape(v);
        }
    }
}
