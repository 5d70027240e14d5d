package org.paramlab.peft.adapter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;
import org.paramlab.train.HostArrays;

import java.util.HashMap;
import java.util.Map;

/**
 * A bottleneck adapter around a module: {@code f(z) = s · σ(z W_downᵀ + b_down) W_upᵀ + b_up}
 * (Houlsby, Giurgiu, Jastrzebski, Morrone, de Laroussilhe, Gesmundo, Attariyan, Gelly.
 * Parameter-Efficient Transfer Learning for NLP. ICML 2019, arXiv:1902.00751, §2.1).
 *
 * <ul>
 *   <li>Sequential (Houlsby, Pfeiffer), around a Linear: {@code h = y + f(y)}, {@code y = Wx + b}.
 *   <li>Parallel (He et al., ICLR 2022, arXiv:2110.04366, eq. 9), around a {@link
 *       org.paramlab.nn.ResidualBranch} taking {@code (h, x)}: the branch sees {@code (h, x +
 *       f(x))}, so its output is {@code Norm(x + FFN-out + f(x))}.
 * </ul>
 *
 * <p>Shapes per adapter, for width d and bottleneck m: {@code adapter_down.<name>.weight (m, d)},
 * {@code .bias (m)}, {@code adapter_up.<name>.weight (d, m)}, {@code .bias (d)}: {@code 2dm + m +
 * d} parameters. The down projection starts as {@code nn.Linear} ({@code U(±1/√d)}), the up
 * projection at zero, so the adapter starts as the identity (Houlsby's near-identity start, made
 * exact as in LoRA). Not mergeable: the bottleneck is non-linear.
 */
public final class BottleneckLayer extends TunerLayer {
    private final boolean parallel;
    private final int width;
    private final Map<String, BottleneckConfig> configs = new HashMap<>();

    BottleneckLayer(String path, Block base, boolean parallel, int width) {
        super(path, base);
        this.parallel = parallel;
        this.width = width;
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        BottleneckConfig c = (BottleneckConfig) config;
        int m = c.bottleneckSize();
        double bound = 1 / Math.sqrt(width);
        addAdapterParameter(
                name,
                "adapter_down",
                "weight",
                manager.randomUniform((float) -bound, (float) bound, new Shape(m, width)));
        addAdapterParameter(name, "adapter_down", "bias", manager.zeros(new Shape(m)));
        addAdapterParameter(name, "adapter_up", "weight", manager.zeros(new Shape(width, m)));
        addAdapterParameter(name, "adapter_up", "bias", manager.zeros(new Shape(width)));
        configs.put(name, c);
    }

    @Override
    protected void deleteAdapterState(String name) {
        configs.remove(name);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        if (parallel) {
            NDArray residual = inputs.get(1); // (B, T, d), the sub-layer's input
            NDArray shifted = residual.add(adapt(ps, name, residual, training));
            return base().forward(ps, new NDList(inputs.get(0), shifted), training);
        }
        NDArray y = base().forward(ps, inputs, training).head(); // (B, T, d)
        return new NDList(y.add(adapt(ps, name, y, training)));
    }

    /** {@code s · σ(z W_downᵀ + b_down) W_upᵀ + b_up}, {@code (..., d)}. */
    private NDArray adapt(ParameterStore ps, String name, NDArray z, boolean training) {
        BottleneckConfig c = configs.get(name);
        NDArray h =
                Linear.linear(
                        z,
                        value(ps, name, "adapter_down.weight", z, training),
                        value(ps, name, "adapter_down.bias", z, training)); // (..., m)
        h =
                switch (c.activation()) {
                    case "relu" -> Activation.relu(h);
                    case "gelu" -> Activation.gelu(h);
                    default -> h.mul(Activation.sigmoid(h)); // swish, β = 1, no host constant
                };
        NDArray up =
                Linear.linear(
                        h,
                        value(ps, name, "adapter_up.weight", z, training),
                        value(ps, name, "adapter_up.bias", z, training)); // (..., d)
        return HostArrays.times(up, c.scaling());
    }
}
