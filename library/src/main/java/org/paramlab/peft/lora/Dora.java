package org.paramlab.peft.lora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import org.paramlab.nn.Linear;

import java.util.HashMap;
import java.util.Map;

/**
 * DoRA (Liu, Wang, Yin, Molchanov, Wang, Cheng, Chen. DoRA: Weight-Decomposed Low-Rank Adaptation.
 * ICML 2024, arXiv:2402.09353): {@code W' = m ⊙ (W₀ + γBA) / ‖W₀ + γBA‖_c}, eq. 5, with the column
 * norm {@code ‖·‖_c} (per output row of PyTorch's {@code (out, in)} weight) detached from the
 * gradient as in §4.3.
 *
 * <p>The magnitude {@code m (out)} starts at {@code ‖W₀‖_c}, so the layer starts as the base. It is
 * saved as {@code lora_magnitude_vector}, as HF PEFT does. Forward, with dropout {@code D}: {@code
 * h = W₀x + b + (m/‖·‖ − 1) ⊙ W₀D(x) + (m/‖·‖) ⊙ γBAD(x)}, HF PEFT's form, which is eq. 5 when
 * there is no dropout.
 */
final class Dora implements LoraVariant {
    private final boolean rankStabilized;
    private final Map<String, NDArray> mergedNorms = new HashMap<>();

    Dora(boolean rankStabilized) {
        this.rankStabilized = rankStabilized;
    }

    /** {@inheritDoc} */
    @Override
    public double scaling(double alpha, int rank) {
        return rankStabilized ? alpha / Math.sqrt(rank) : alpha / rank;
    }

    /** {@inheritDoc} */
    @Override
    public boolean rankStabilized() {
        return rankStabilized;
    }

    /** {@inheritDoc} */
    @Override
    public void create(LoraLinear layer, String name, NDManager manager) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray m = rowNorm(layer.weight());
            NDScope.unregister(m);
            m.attach(manager);
            layer.addMagnitude(name, m);
        }
    }

    /** {@inheritDoc} */
    @Override
    public NDArray output(
            LoraLinear layer,
            String name,
            NDArray x,
            NDArray base,
            NDArray update,
            boolean exactInput) {
        NDArray w = layer.weight();
        NDArray delta = layer.delta(name, x.getManager()); // (out, in), in the step's manager
        NDArray norm = rowNorm(delta.add(w)).stopGradient(); // (out)
        NDArray scale = norm.pow(-1).mul(layer.magnitude(name, x)); // (out) m/‖·‖
        NDArray xw; // (..., out) = W₀ D(x)
        if (exactInput) {
            NDArray bias = layer.bias();
            xw = bias == null ? base : base.sub(bias);
        } else {
            xw = Linear.linear(x, w, null);
        }
        return scale.sub(1).mul(xw).add(base).add(scale.mul(update));
    }

    /** {@inheritDoc} */
    @Override
    public void merge(LoraLinear layer, String name) {
        NDArray w = layer.weight();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray combined = w.add(layer.delta(name, w.getManager())); // (out, in)
            NDArray norm = rowNorm(combined); // (out)
            NDArray merged = combined.mul(layer.magnitudeArray(name).div(norm).expandDims(1));
            w.set(merged.toByteBuffer());
            NDScope.unregister(norm);
            mergedNorms.put(layer.path() + "#" + name, norm);
        }
    }

    /** {@inheritDoc} */
    @Override
    public void unmerge(LoraLinear layer, String name) {
        NDArray w = layer.weight();
        NDArray norm = mergedNorms.remove(layer.path() + "#" + name);
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray ratio = norm.div(layer.magnitudeArray(name)).expandDims(1); // (out, 1)
            NDArray original = w.mul(ratio).sub(layer.delta(name, w.getManager()));
            w.set(original.toByteBuffer());
        }
        norm.close();
    }

    /** Euclidean norm of each row of an {@code (out, in)} weight, {@code (out)}. */
    static NDArray rowNorm(NDArray w) {
        return w.pow(2).sum(new int[] {1}).sqrt();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dora d && d.rankStabilized == rankStabilized;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(rankStabilized) + 31;
    }

    @Override
    public String toString() {
        return "Dora[rankStabilized=" + rankStabilized + "]";
    }
}
