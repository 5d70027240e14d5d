package org.paramlab.peft.lora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;
import org.paramlab.train.HostArrays;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Linear} with LoRA adapters: {@code h = W₀x + b + γ·B A D(x)} (Hu, Shen, Wallis,
 * Allen-Zhu, Li, Wang, Wang, Chen. LoRA: Low-Rank Adaptation of Large Language Models. ICLR 2022,
 * arXiv:2106.09685, eq. 3), with dropout {@code D} on the adapter's input and γ from the {@link
 * LoraVariant}.
 *
 * <p>Shapes: input {@code (..., in)}; per adapter {@code lora_A.<name>.weight (r, in)}, initialised
 * Kaiming-uniform with {@code a = √5}, i.e. {@code U(−1/√in, 1/√in)} as {@code nn.Linear}, and
 * {@code lora_B.<name>.weight (out, r)}, initialised to zero so the layer starts as the base
 * (§4.1); output {@code (..., out)}. Trainable parameters per adapter: {@code r·(in + out)} (plus
 * {@code out} for DoRA's magnitude). Mergeable: {@code W₀ ← W₀ + γBA}.
 */
public final class LoraLinear extends TunerLayer {
    private final Linear linear;
    private final Map<String, LoraConfig> configs = new HashMap<>();

    LoraLinear(String path, Linear base) {
        super(path, base);
        this.linear = base;
    }

    /** The base weight {@code W₀ (out, in)}. */
    public NDArray weight() {
        return linear.weight().getArray();
    }

    /** The base bias {@code (out)}, or null. */
    public NDArray bias() {
        return linear.bias() == null ? null : linear.bias().getArray();
    }

    /** {@inheritDoc} */
    @Override
    public boolean mergeable() {
        return true;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the rank exceeds {@code min(in, out)}
     */
    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        LoraConfig c = (LoraConfig) config;
        int in = linear.in();
        int out = linear.out();
        int limit = Math.min(in, out);
        if (c.rank() > limit) {
            throw new IllegalArgumentException(
                    String.format(
                            "LoRA rank %d exceeds min(in, out) = %d for %s; use rank ≤ %d.",
                            c.rank(), limit, path(), limit));
        }
        double bound = 1 / Math.sqrt(in);
        NDArray a =
                manager.randomUniform(
                        (float) -bound,
                        (float) bound,
                        new Shape(c.rank(), in),
                        weight().getDataType());
        NDArray b = manager.zeros(new Shape(out, c.rank()), weight().getDataType());
        addAdapterParameter(name, "lora_A", "weight", a);
        addAdapterParameter(name, "lora_B", "weight", b);
        configs.put(name, c);
        c.variant().create(this, name, manager);
    }

    @Override
    protected void deleteAdapterState(String name) {
        configs.remove(name);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        LoraConfig c = configs.get(name);
        NDArray x = inputs.singletonOrThrow(); // (..., in)
        NDArray base = base().forward(ps, inputs, training).head(); // (..., out)
        boolean dropping = training && c.dropout() > 0;
        NDArray xd = dropping ? Dropout.dropout(x, (float) c.dropout(), true).head() : x;
        NDArray a = value(ps, name, "lora_A.weight", x, training); // (r, in)
        NDArray b = value(ps, name, "lora_B.weight", x, training); // (out, r)
        NDArray update =
                HostArrays.times(Linear.linear(Linear.linear(xd, a, null), b, null), c.scaling());
        return new NDList(c.variant().output(this, name, xd, base, update, !dropping));
    }

    @Override
    protected void mergeInto(String name) {
        configs.get(name).variant().merge(this, name);
    }

    @Override
    protected void unmergeFrom(String name) {
        configs.get(name).variant().unmerge(this, name);
    }

    /** {@code γ·B·A (out, in)} of adapter {@code name}, created in {@code into}. */
    NDArray delta(String name, NDManager into) {
        NDArray ba = array(name, "lora_B.weight").matMul(array(name, "lora_A.weight"));
        ba.attach(into);
        return ba.mul(configs.get(name).scaling());
    }

    void addMagnitude(String name, NDArray m) {
        addAdapterParameter(name, "lora_magnitude_vector", "weight", m);
        renameSaved(name, "lora_magnitude_vector.weight", "lora_magnitude_vector");
    }

    NDArray magnitude(String name, NDArray like) {
        return array(name, "lora_magnitude_vector");
    }

    NDArray magnitudeArray(String name) {
        return array(name, "lora_magnitude_vector");
    }
}
