package org.paramlab.peft.loha;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.nn.Linear;
import org.paramlab.peft.DeltaLinear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.train.HostArrays;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Linear} with LoHa adapters, the low-rank Hadamard product of FedPara (Hyeon-Woo, Ye-Bin,
 * Oh. FedPara: Low-Rank Hadamard Product for Communication-Efficient Federated Learning. ICLR 2022,
 * arXiv:2108.06098, eq. 2), as used by LyCORIS and HF PEFT: {@code ΔW = (α/r)·(W₁ₐW₁ᵦ) ⊙ (W₂ₐW₂ᵦ)}.
 *
 * <p>Shapes per adapter: {@code hada_w1_a (out, r)}, {@code hada_w1_b (r, in)}, {@code hada_w2_a
 * (out, r)}, {@code hada_w2_b (r, in)}; all Kaiming-uniform except {@code hada_w2_b = 0}, so the
 * layer starts as the base (HF PEFT's {@code reset_adapter_parameters}). Trainable parameters:
 * {@code 2r(in + out)}.
 */
public final class LohaLinear extends DeltaLinear {
    private final Map<String, Double> scaling = new HashMap<>();

    LohaLinear(String path, Linear base) {
        super(path, base);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the rank exceeds {@code min(in, out)}
     */
    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        LohaConfig c = (LohaConfig) config;
        int in = linear().in();
        int out = linear().out();
        int limit = Math.min(in, out);
        if (c.rank() > limit) {
            throw new IllegalArgumentException(
                    String.format(
                            "LoHa rank %d exceeds min(in, out) = %d for %s; use rank ≤ %d.",
                            c.rank(), limit, path(), limit));
        }
        int r = c.rank();
        addAdapterParameter(name, "hada_w1_a", "", kaiming(manager, out, r));
        addAdapterParameter(name, "hada_w1_b", "", kaiming(manager, r, in));
        addAdapterParameter(name, "hada_w2_a", "", kaiming(manager, out, r));
        addAdapterParameter(name, "hada_w2_b", "", manager.zeros(new Shape(r, in)));
        scaling.put(name, c.alpha() / r);
    }

    @Override
    protected void deleteAdapterState(String name) {
        scaling.remove(name);
    }

    @Override
    protected NDArray delta(String name, NDManager into) {
        NDArray w1 = factor(name, "hada_w1_a", into).matMul(factor(name, "hada_w1_b", into));
        NDArray w2 = factor(name, "hada_w2_a", into).matMul(factor(name, "hada_w2_b", into));
        return HostArrays.times(w1.mul(w2), scaling.get(name)); // (out, in)
    }
}
