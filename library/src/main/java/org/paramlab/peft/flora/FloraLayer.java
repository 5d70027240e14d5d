package org.paramlab.peft.flora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;

import org.paramlab.peft.PeftConfig;
import org.paramlab.train.HostArrays;

import java.util.HashMap;
import java.util.Map;

/**
 * A Linear or convolution with FLoRA adapters: {@code W = W₀ + ΔW}, {@code ΔW = s · G ×₁ U₁ ×₂ U₂ ⋯
 * ×_N U_N} over the weight's modes {@code (in, out, k…)} (Si et al., FLoRA: Low-Rank Core Space for
 * N-dimension, arXiv:2405.14739, eq. 5), the result's first two modes swapped into the layer's
 * {@code (out, in, k…)} layout.
 *
 * <p>Shapes per adapter: {@code flora_layer.param_G (r₁, …, r_N)}, zero at the start, and {@code
 * flora_layer.param_i (dimᵢ, rᵢ)} for each mode i, Kaiming-normal with {@code a = √3} ({@code N(0,
 * 1/(2rᵢ))}), the reference code's names and initialisation. Trainable: {@code Π rᵢ + Σ dimᵢ rᵢ}. A
 * 3 × 3 conv 64 → 128 with ranks {@code [8, 8, 3, 3]}: {@code 576 + 512 + 1024 + 9 + 9 = 2,130}.
 * Mergeable; the module computes with {@code W₀ + ΔW} in one product or convolution.
 */
public final class FloraLayer extends WeightDeltaLayer {
    private final Map<String, Double> scales = new HashMap<>();
    private final Map<String, Integer> modes = new HashMap<>();

    FloraLayer(String path, Block base) {
        super(path, base);
    }

    /** The weight's modes {@code (in, out, k…)}. */
    long[] dims() {
        long[] w = module().weightShape().getShape();
        long[] d = w.clone();
        d[0] = w[1];
        d[1] = w[0];
        return d;
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        FloraConfig c = (FloraConfig) config;
        long[] dims = dims();
        int[] ranks = c.ranks(dims);
        addAdapterParameter(
                name, "flora_layer", "param_G", manager.zeros(new Shape(toLong(ranks))));
        for (int i = 0; i < dims.length; i++) {
            float std = (float) (1 / Math.sqrt(2.0 * ranks[i]));
            addAdapterParameter(
                    name,
                    "flora_layer",
                    "param_" + i,
                    manager.randomNormal(0, std, new Shape(dims[i], ranks[i]), DataType.FLOAT32));
        }
        scales.put(name, c.scale());
        modes.put(name, dims.length);
    }

    @Override
    protected void deleteAdapterState(String name) {
        scales.remove(name);
        modes.remove(name);
    }

    /** Adapter {@code name}'s {@code ΔW (out, in, k…)}, built in {@code into}. */
    @Override
    NDArray delta(String name, NDManager into) {
        NDArray t = factor(name, "flora_layer.param_G", into); // (r₁, …, r_N)
        int n = modes.get(name);
        for (int i = 0; i < n; i++) {
            NDArray u = factor(name, "flora_layer.param_" + i, into); // (dimᵢ, rᵢ)
            Shape rest = t.getShape().slice(1);
            long lead = t.getShape().get(0);
            // contract the leading mode with u's rank axis; the new mode goes last
            t = t.reshape(lead, rest.size()).transpose().matMul(u.transpose()); // (rest, dimᵢ)
            t = t.reshape(rest.add(u.getShape().get(0)));
        }
        int[] axes = new int[n]; // (in, out, k…) → (out, in, k…)
        for (int i = 0; i < n; i++) {
            axes[i] = i;
        }
        axes[0] = 1;
        axes[1] = 0;
        return HostArrays.times(t.transpose(axes), scales.get(name));
    }

    private static long[] toLong(int[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
