package org.paramlab.peft.lokr;

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
 * A {@link Linear} with LoKr adapters: the update is a Kronecker product, {@code ΔW = (α/r)·W₁ ⊗
 * W₂} (LyCORIS: Yeh, Hsieh, Gao, Yang, Oh, Gong. Navigating Text-To-Image Customization: From
 * LyCORIS Fine-Tuning to Model Evaluation. ICLR 2024, arXiv:2309.14859, §3; HF PEFT's {@code
 * lokr}).
 *
 * <p>With {@code out = a·c} and {@code in = b·d} split by {@link #factorization}, {@code W₁ (a, b)}
 * is full (or {@code lokr_w1_a (a, r) · lokr_w1_b (r, b)} with {@code decompose_both}) and {@code
 * W₂ (c, d)} is {@code lokr_w2_a (c, r) · lokr_w2_b (r, d)} when {@code r < max(c, d)/2}, else
 * full. {@code W₁} starts at zero, the rest Kaiming-uniform (HF PEFT's defaults). For a 384 × 384
 * layer at r = 8: {@code W₁ (16, 16)}, {@code W₂ = (24, 8)·(8, 24)}, 640 parameters.
 */
public final class LokrLinear extends DeltaLinear {
    private final Map<String, Double> scaling = new HashMap<>();

    LokrLinear(String path, Linear base) {
        super(path, base);
    }

    /**
     * LyCORIS's split of {@code dimension} into {@code m · n}, {@code m ≤ n}: with {@code factor >
     * 0} dividing it, {@code (factor, dimension/factor)} sorted; otherwise the divisor pair whose
     * sum is smallest, with {@code m} at most {@code factor} when {@code factor > 0}.
     */
    public static int[] factorization(int dimension, int factor) {
        if (factor > 0 && dimension % factor == 0) {
            int m = factor;
            int n = dimension / factor;
            return m > n ? new int[] {n, m} : new int[] {m, n};
        }
        int limit = factor < 0 ? dimension : factor;
        int m = 1;
        int n = dimension;
        int length = m + n;
        while (m < n) {
            int next = m + 1;
            while (dimension % next != 0) {
                next++;
            }
            int other = dimension / next;
            if (next + other > length || next > limit) {
                break;
            }
            m = next;
            n = other;
        }
        return m > n ? new int[] {n, m} : new int[] {m, n};
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        LokrConfig c = (LokrConfig) config;
        int r = c.rank();
        int[] inSplit = factorization(linear().in(), c.decomposeFactor()); // (b, d)
        int[] outSplit = factorization(linear().out(), c.decomposeFactor()); // (a, c)
        int a = outSplit[0];
        int cc = outSplit[1];
        int b = inSplit[0];
        int d = inSplit[1];
        boolean fullW1 = !(c.decomposeBoth() && r < Math.max(a, b) / 2.0);
        boolean fullW2 = !(r < Math.max(cc, d) / 2.0);
        if (fullW1) {
            addAdapterParameter(name, "lokr_w1", "", manager.zeros(new Shape(a, b)));
        } else {
            addAdapterParameter(name, "lokr_w1_a", "", manager.zeros(new Shape(a, r)));
            addAdapterParameter(name, "lokr_w1_b", "", kaiming(manager, r, b));
        }
        if (fullW2) {
            addAdapterParameter(name, "lokr_w2", "", kaiming(manager, cc, d));
        } else {
            addAdapterParameter(name, "lokr_w2_a", "", kaiming(manager, cc, r));
            addAdapterParameter(name, "lokr_w2_b", "", kaiming(manager, r, d));
        }
        scaling.put(name, c.alpha() / r);
    }

    @Override
    protected void deleteAdapterState(String name) {
        scaling.remove(name);
    }

    @Override
    protected NDArray delta(String name, NDManager into) {
        var saved = adapterParameters(name);
        NDArray w1 =
                saved.containsKey("lokr_w1")
                        ? factor(name, "lokr_w1", into)
                        : factor(name, "lokr_w1_a", into).matMul(factor(name, "lokr_w1_b", into));
        NDArray w2 =
                saved.containsKey("lokr_w2")
                        ? factor(name, "lokr_w2", into)
                        : factor(name, "lokr_w2_a", into).matMul(factor(name, "lokr_w2_b", into));
        return HostArrays.times(kron(w1, w2), scaling.get(name));
    }

    /** The Kronecker product of {@code (a, b)} and {@code (c, d)}: {@code (a·c, b·d)}. */
    static NDArray kron(NDArray x, NDArray y) {
        long a = x.getShape().get(0);
        long b = x.getShape().get(1);
        long c = y.getShape().get(0);
        long d = y.getShape().get(1);
        NDArray outer = x.reshape(a, 1, b, 1).mul(y.reshape(1, c, 1, d)); // (a, c, b, d)
        return outer.reshape(a * c, b * d);
    }
}
