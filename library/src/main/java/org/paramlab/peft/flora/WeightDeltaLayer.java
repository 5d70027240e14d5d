package org.paramlab.peft.flora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.paramlab.peft.TunerLayer;

/**
 * A Linear or convolution whose adapter is an update {@code ΔW (out, in, k…)} of its weight: the
 * module computes with {@code W₀ + ΔW} in one product or convolution, and merging adds {@code ΔW}
 * to {@code W₀}. Conv LoRA and FLoRA are of this kind; a subclass defines {@link #delta}.
 */
abstract class WeightDeltaLayer extends TunerLayer {
    private final WeightedModule module;

    WeightDeltaLayer(String path, Block base) {
        super(path, base);
        this.module = WeightedModule.of(path, base);
    }

    /** The wrapped module's weight and how to apply a changed one. */
    final WeightedModule module() {
        return module;
    }

    /** {@inheritDoc} */
    @Override
    public final boolean mergeable() {
        return true;
    }

    /**
     * Adapter {@code name}'s {@code ΔW (out, in, k…)}, differentiable in its parameters, with every
     * temporary owned by {@code into}.
     */
    abstract NDArray delta(String name, NDManager into);

    @Override
    protected final NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.singletonOrThrow();
        return new NDList(module.forward(ps, x, delta(name, x.getManager()), training));
    }

    @Override
    protected final void mergeInto(String name) {
        module.addToWeight(m -> delta(name, m), 1);
    }

    @Override
    protected final void unmergeFrom(String name) {
        module.addToWeight(m -> delta(name, m), -1);
    }
}
