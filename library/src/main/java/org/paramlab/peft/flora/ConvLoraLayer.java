package org.paramlab.peft.flora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;

import org.paramlab.peft.PeftConfig;
import org.paramlab.train.HostArrays;

import java.util.HashMap;
import java.util.Map;

/**
 * A convolution (or Linear) with LoRA on its kernel reshaped to a matrix: {@code ΔW = (α/r)·B A},
 * {@code A (r, in·K)}, {@code B (out, r)}, reshaped to {@code (out, in, k…)} (Hu et al., ICLR 2022,
 * arXiv:2106.09685, eq. 3).
 *
 * <p>Shapes, HF PEFT's {@code lora.Conv2d} layout: {@code lora_A.weight (r, in, k…)} (a k × k
 * convolution to r channels), Kaiming-uniform {@code U(±1/√(in·K))}, and {@code lora_B.weight (out,
 * r, 1…)} (a 1 × 1 convolution), zero at the start. Trainable: {@code r·(in·K + out)}. Mergeable.
 */
public final class ConvLoraLayer extends WeightDeltaLayer {
    private final Map<String, Double> scaling = new HashMap<>();

    ConvLoraLayer(String path, Block base) {
        super(path, base);
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        ConvLoraConfig c = (ConvLoraConfig) config;
        Shape w = module().weightShape(); // (out, in, k…)
        long out = w.get(0);
        Shape a = new Shape(c.rank()).addAll(w.slice(1)); // (r, in, k…)
        long[] ones = new long[w.dimension() - 2];
        java.util.Arrays.fill(ones, 1);
        Shape b = new Shape(out, c.rank()).addAll(new Shape(ones)); // (out, r, 1…)
        float bound = (float) (1 / Math.sqrt(w.slice(1).size()));
        addAdapterParameter(name, "lora_A", "weight", manager.randomUniform(-bound, bound, a));
        addAdapterParameter(name, "lora_B", "weight", manager.zeros(b));
        scaling.put(name, c.alpha() / c.rank());
    }

    @Override
    protected void deleteAdapterState(String name) {
        scaling.remove(name);
    }

    /** {@code ΔW (out, in, k…)} of adapter {@code name}, built in {@code into}. */
    @Override
    NDArray delta(String name, NDManager into) {
        NDArray a = factor(name, "lora_A.weight", into);
        NDArray b = factor(name, "lora_B.weight", into);
        long r = a.getShape().get(0);
        long out = b.getShape().get(0);
        NDArray ba = b.reshape(out, r).matMul(a.reshape(r, -1)); // (out, in·K)
        return HostArrays.times(ba.reshape(module().weightShape()), scaling.get(name));
    }
}
