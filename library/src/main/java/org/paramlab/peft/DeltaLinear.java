package org.paramlab.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Linear;

/**
 * A {@link Linear} whose adapter is a weight update {@code ΔW (out, in)} built from a few factors:
 * {@code h = (W₀ + ΔW)x + b}, computed as {@code W₀x + b + ΔWx}; merging adds {@code ΔW} to {@code
 * W₀}. LoHa and LoKr are of this kind; a subclass defines {@link #delta}.
 */
public abstract class DeltaLinear extends TunerLayer {
    private final Linear linear;

    /**
     * Wraps {@code base} at {@code path}.
     *
     * @param path the module's path
     * @param base the wrapped layer
     */
    protected DeltaLinear(String path, Linear base) {
        super(path, base);
        this.linear = base;
    }

    /** The wrapped layer. */
    protected Linear linear() {
        return linear;
    }

    /** {@inheritDoc} */
    @Override
    public boolean mergeable() {
        return true;
    }

    /**
     * Adapter {@code name}'s {@code ΔW (out, in)}, differentiable in its factors, with every
     * temporary owned by {@code into}.
     */
    protected abstract NDArray delta(String name, NDManager into);

    /**
     * Kaiming-uniform with {@code a = √5}: {@code U(−1/√fanIn, 1/√fanIn)}, {@code fanIn = cols}.
     */
    protected static NDArray kaiming(NDManager manager, long rows, long cols) {
        double bound = 1 / Math.sqrt(cols);
        return manager.randomUniform((float) -bound, (float) bound, new Shape(rows, cols));
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.singletonOrThrow(); // (..., in)
        NDArray base = base().forward(ps, inputs, training).head(); // (..., out)
        NDArray delta = delta(name, x.getManager()); // (out, in)
        return new NDList(Linear.linear(x, delta, null).add(base));
    }

    @Override
    protected void mergeInto(String name) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            linear.weight().getArray().addi(delta(name, linear.weight().getArray().getManager()));
        }
    }

    @Override
    protected void unmergeFrom(String name) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            linear.weight().getArray().subi(delta(name, linear.weight().getArray().getManager()));
        }
    }
}
