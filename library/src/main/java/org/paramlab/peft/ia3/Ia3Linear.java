package org.paramlab.peft.ia3;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Linear} with (IA)³ vectors (Liu, Tam, Muqeeth, Mohta, Huang, Bansal, Raffel. Few-Shot
 * Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning. NeurIPS 2022,
 * arXiv:2205.05638, §3.3): a learned vector rescales the layer's output, {@code h = l ⊙ (W₀x + b)}
 * (keys, values), or, for a feed-forward layer, its input, {@code h = W₀(l ⊙ x) + b}.
 *
 * <p>Shapes: per adapter {@code ia3_l.<name>}: {@code (out, 1)}, or {@code (1, in)} for a
 * feed-forward layer (HF PEFT's layout), initialised to ones so the layer starts as the base.
 * Trainable parameters: {@code out} or {@code in}. Mergeable: {@code W₀ ← l ⊙ W₀} (and {@code b ← l
 * ⊙ b} for output scaling).
 */
public final class Ia3Linear extends TunerLayer {
    private final Linear linear;
    private final Map<String, Boolean> feedforward = new HashMap<>();

    Ia3Linear(String path, Linear base) {
        super(path, base);
        this.linear = base;
    }

    /** {@inheritDoc} */
    @Override
    public boolean mergeable() {
        return true;
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        boolean ff = ((Ia3Config) config).isFeedforward(path());
        Shape shape = ff ? new Shape(1, linear.in()) : new Shape(linear.out(), 1);
        addAdapterParameter(name, "ia3_l", "", manager.ones(shape));
        feedforward.put(name, ff);
    }

    @Override
    protected void deleteAdapterState(String name) {
        feedforward.remove(name);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.singletonOrThrow(); // (..., in)
        NDArray l = value(ps, name, "ia3_l", x, training).flatten(); // (in) or (out)
        l.attach(x.getManager());
        if (feedforward.get(name)) {
            return base().forward(ps, new NDList(x.mul(l)), training);
        }
        return new NDList(base().forward(ps, inputs, training).head().mul(l));
    }

    @Override
    protected void mergeInto(String name) {
        scale(name, false);
    }

    @Override
    protected void unmergeFrom(String name) {
        scale(name, true);
    }

    private void scale(String name, boolean inverse) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray l = array(name, "ia3_l"); // (out, 1) or (1, in)
            NDArray w = linear.weight().getArray();
            w.set((inverse ? w.div(l) : w.mul(l)).toByteBuffer());
            if (!feedforward.get(name) && linear.bias() != null) {
                NDArray b = linear.bias().getArray();
                NDArray flat = l.flatten();
                b.set((inverse ? b.div(flat) : b.mul(flat)).toByteBuffer());
            }
        }
    }
}
