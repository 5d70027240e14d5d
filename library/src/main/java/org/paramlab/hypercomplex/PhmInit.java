package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * How a hypercomplex layer's parameters start, after the paper that defines each scheme.
 *
 * <ul>
 *   <li>{@link #PHNN}: the reference code of Grassucci, Zhang, Comminiello (eleGAN23/HyperNets,
 *       {@code layers/ph_layers.py}): rules and factors Xavier-uniform with PyTorch's fans for the
 *       tensor ({@code fan_in = size(1)·Π size(2…)}, {@code fan_out = size(0)·Π size(2…)}, bound
 *       {@code √(6/(fan_in + fan_out))}), bias {@code U(±1/√(in·K))}.
 *   <li>{@link #COMPACTER}: Karimi Mahabadi, Henderson, Ruder (rabeehk/compacter, {@code phm_c_init
 *       = "normal"}, {@code phm_init_range = 1e-4}, {@code hypercomplex_nonlinearity =
 *       "glorot-uniform"}): rules {@code N(0, 10⁻⁸)}, factors Glorot-uniform over their last two
 *       axes ({@code √(6/(rows + cols))}), bias zero, so an adapter starts close to the identity.
 * </ul>
 */
public enum PhmInit {
    /** PHNN's Xavier-uniform rules and factors, PyTorch's default bias. */
    PHNN,
    /** Compacter's small normal rules, Glorot-uniform factors, zero bias. */
    COMPACTER;

    /** The initializer of learned rules {@code (n, n, n)}. */
    public Initializer rules() {
        return this == PHNN ? PhmInit::xavierTorch : (m, s, t) -> m.randomNormal(0, 1e-4f, s, t);
    }

    /** The initializer of factors (full or one rank-r half). */
    public Initializer factors() {
        return this == PHNN ? PhmInit::xavierTorch : PhmInit::glorotLastTwo;
    }

    /** The initializer of a bias of a layer with {@code fanIn = in·K} inputs per output. */
    public Initializer bias(long fanIn) {
        if (this == COMPACTER) {
            return Initializer.ZEROS;
        }
        float bound = (float) (1 / Math.sqrt(fanIn));
        return (m, s, t) -> m.randomUniform(-bound, bound, s, t);
    }

    private static NDArray xavierTorch(NDManager m, Shape s, DataType t) {
        long receptive = s.dimension() > 2 ? s.slice(2).size() : 1;
        long fanIn = s.get(1) * receptive;
        long fanOut = s.get(0) * receptive;
        float bound = (float) Math.sqrt(6.0 / (fanIn + fanOut));
        return m.randomUniform(-bound, bound, s, t);
    }

    private static NDArray glorotLastTwo(NDManager m, Shape s, DataType t) {
        int d = s.dimension();
        float bound = (float) Math.sqrt(6.0 / (s.get(d - 2) + s.get(d - 1)));
        return m.randomUniform(-bound, bound, s, t);
    }
}
