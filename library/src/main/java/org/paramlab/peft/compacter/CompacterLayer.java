package org.paramlab.peft.compacter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

import org.paramlab.hypercomplex.KroneckerSum;
import org.paramlab.hypercomplex.PhmInit;
import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * A Compacter adapter after a Linear layer: {@code h = y + f(y)}, {@code y = Wx + b}, with {@code
 * f(y) = U σ(D y + b_D) + b_U} and both projections PHM layers, {@code D = Σᵢ Aᵢ ⊗ Bᵢ} (Karimi
 * Mahabadi, Henderson, Ruder, NeurIPS 2021, arXiv:2106.04647, eqs. 4–6).
 *
 * <p>Parameters per adapter and projection ({@code adapter_down}: d → k, {@code adapter_up}: k →
 * d), in PyTorch's {@code (out, in)} layout: {@code phm_rule (n, n, n)} unless the rules are shared
 * (then the first adapted layer holds them, saved as {@code base_model.phm_rule_down} and {@code
 * base_model.phm_rule_up}); {@code W_left (n, out/n, r)} and {@code W_right (n, r, in/n)} for rank
 * r ({@code Bᵢ = sᵢtᵢ}), or {@code W (n, out/n, in/n)} for full blocks; {@code b (out)}. Rank one:
 * {@code out + in} per projection. Rules start {@code N(0, 10⁻⁸)}, blocks Glorot-uniform, biases
 * zero ({@link PhmInit#COMPACTER}), so the adapter starts within about 1e-7 of the identity. Not
 * mergeable: the bottleneck is non-linear.
 */
public final class CompacterLayer extends TunerLayer {
    static final String DOWN = "adapter_down";
    static final String UP = "adapter_up";
    static final String RULE = "phm_rule";

    private final int width;
    private final Map<String, CompacterConfig> configs = new HashMap<>();
    private final Map<String, CompacterRules> shared = new HashMap<>();

    CompacterLayer(String path, Linear base) {
        super(path, base);
        this.width = base.out();
    }

    /** Hands this layer the shared rules of adapter {@code name}, before it is created. */
    void useRules(String name, CompacterRules rules) {
        rules.claim(this);
        shared.put(name, rules);
    }

    /** Whether this layer holds adapter {@code name}'s shared rules. */
    boolean ownsSharedRules(String name) {
        CompacterRules r = shared.get(name);
        return r != null && r.ownedBy(this);
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        CompacterConfig c = (CompacterConfig) config;
        if (width % c.n() != 0) {
            throw new IllegalArgumentException(
                    "Compacter with n = "
                            + c.n()
                            + " needs n to divide the width d = "
                            + width
                            + " of "
                            + path()
                            + " and the bottleneck k = "
                            + c.bottleneckSize()
                            + "; use n in "
                            + KroneckerSum.validN(width, c.bottleneckSize()));
        }
        if (c.sharedRules() && !shared.containsKey(name)) {
            throw new IllegalStateException("Shared rules for " + name + " were not prepared.");
        }
        projection(name, DOWN, c, c.bottleneckSize(), width, manager);
        projection(name, UP, c, width, c.bottleneckSize(), manager);
        configs.put(name, c);
    }

    private void projection(
            String name, String prefix, CompacterConfig c, int out, int in, NDManager m) {
        int n = c.n();
        PhmInit init = PhmInit.COMPACTER;
        if (!c.sharedRules() || ownsSharedRules(name)) {
            Parameter rules =
                    addAdapterParameter(
                            name, prefix, RULE, create(init.rules(), m, new Shape(n, n, n)));
            if (c.sharedRules()) {
                shared.get(name).put(prefix, rules);
            }
        }
        if (c.rank() == 0) {
            addAdapterParameter(
                    name, prefix, "W", create(init.factors(), m, new Shape(n, out / n, in / n)));
        } else {
            int r = c.rank();
            if (r > Math.min(out / n, in / n)) {
                throw new IllegalArgumentException(
                        "Compacter rank "
                                + r
                                + " exceeds min(out/n, in/n) = "
                                + Math.min(out / n, in / n)
                                + " at "
                                + path());
            }
            addAdapterParameter(
                    name, prefix, "W_left", create(init.factors(), m, new Shape(n, out / n, r)));
            addAdapterParameter(
                    name, prefix, "W_right", create(init.factors(), m, new Shape(n, r, in / n)));
        }
        addAdapterParameter(name, prefix, "b", m.zeros(new Shape(out)));
    }

    private static NDArray create(
            ai.djl.training.initializer.Initializer init, NDManager m, Shape shape) {
        return init.initialize(m, shape, DataType.FLOAT32);
    }

    @Override
    protected void deleteAdapterState(String name) {
        configs.remove(name);
        shared.remove(name);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        CompacterConfig c = configs.get(name);
        NDArray y = base().forward(ps, inputs, training).head(); // (…, d)
        NDArray h =
                Linear.linear(
                        y,
                        weight(ps, name, DOWN, c, y, training),
                        value(ps, name, DOWN + ".b", y, training)); // (…, k)
        h =
                switch (c.activation()) {
                    case "relu" -> Activation.relu(h);
                    case "swish" -> h.mul(Activation.sigmoid(h)); // β = 1, no host constant
                    default -> Activation.gelu(h);
                };
        NDArray up =
                Linear.linear(
                        h,
                        weight(ps, name, UP, c, y, training),
                        value(ps, name, UP + ".b", y, training)); // (…, d)
        return new NDList(y.add(up));
    }

    /**
     * {@code Σᵢ Aᵢ ⊗ Bᵢ (out, in)} of one projection, its temporaries in {@code like}'s manager.
     */
    private NDArray weight(
            ParameterStore ps,
            String name,
            String prefix,
            CompacterConfig c,
            NDArray like,
            boolean training) {
        NDArray rules =
                c.sharedRules()
                        ? ps.getValue(shared.get(name).get(prefix), like.getDevice(), training)
                        : value(ps, name, prefix + "." + RULE, like, training);
        NDArray blocks;
        if (c.rank() == 0) {
            blocks = view(value(ps, name, prefix + ".W", like, training), like);
        } else {
            NDArray left = view(value(ps, name, prefix + ".W_left", like, training), like);
            NDArray right = view(value(ps, name, prefix + ".W_right", like, training), like);
            blocks = KroneckerSum.factors(left, right, right.getShape().get(2), new Shape());
        }
        return KroneckerSum.of(view(rules, like), blocks);
    }

    /**
     * A view of a parameter owned by {@code like}'s manager, so products built from it die with the
     * step.
     */
    private static NDArray view(NDArray parameter, NDArray like) {
        NDArray v = parameter.reshape(parameter.getShape());
        v.attach(like.getManager());
        return v;
    }
}
