package org.paramlab.peft.flora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Linear;
import org.paramlab.train.GradMode;

import java.util.function.Function;

/**
 * The module a weight update changes, a {@link Linear} or a DJL {@link Convolution} (1-, 2- or 3-D,
 * one group): its weight {@code (out, in, k…)}, its bias, and how to apply a changed weight, so
 * that FLoRA and conv LoRA share one code path for both kinds.
 */
final class WeightedModule {
    private final Block block;
    private final Parameter weight;
    private final Parameter bias;
    private final Convolution conv;

    private WeightedModule(Block block, Parameter weight, Parameter bias, Convolution conv) {
        this.block = block;
        this.weight = weight;
        this.bias = bias;
        this.conv = conv;
    }

    /** Whether {@code block} is a kind this class handles. */
    static boolean accepts(Block block) {
        return block instanceof Linear
                || (block instanceof Convolution c
                        && c.getGroups() == 1
                        && c.getKernelShape() != null);
    }

    /**
     * The module at {@code path}.
     *
     * @throws IllegalArgumentException for another kind of block, a grouped convolution, or one
     *     whose weight has no shape yet
     */
    static WeightedModule of(String path, Block block) {
        if (block instanceof Linear l) {
            return new WeightedModule(block, l.weight(), l.bias(), null);
        }
        if (block instanceof Convolution c && c.getGroups() == 1) {
            Parameter w = c.getParameters().get("weight");
            if (w.getShape() == null) {
                throw new IllegalArgumentException(
                        "Convolution " + path + " is not initialised; initialise the model first.");
            }
            return new WeightedModule(
                    block, w, c.isIncludeBias() ? c.getParameters().get("bias") : null, c);
        }
        throw new IllegalArgumentException(
                path
                        + " is a "
                        + block.getClass().getSimpleName()
                        + "; weight updates need a Linear or an ungrouped convolution.");
    }

    /** The wrapped block. */
    Block block() {
        return block;
    }

    /** The weight's shape, {@code (out, in)} or {@code (out, in, k…)}. */
    Shape weightShape() {
        return weight.getShape();
    }

    /**
     * The module's output with weight {@code W₀ + delta}: {@code x (W₀ + ΔW)ᵀ + b} or {@code (W₀ +
     * ΔW) ⋆ x + b}.
     *
     * @param delta {@code ΔW}, same shape as the weight, in the step's manager
     */
    NDArray forward(ParameterStore ps, NDArray x, NDArray delta, boolean training) {
        NDArray w = delta.add(ps.getValue(weight, x.getDevice(), training)); // (out, in, k…)
        NDArray b = bias == null ? null : ps.getValue(bias, x.getDevice(), training);
        if (conv == null) {
            return Linear.linear(x, w, b);
        }
        Shape s = conv.getStride();
        Shape p = conv.getPadding();
        Shape d = conv.getDilation();
        return switch (conv.getKernelShape().dimension()) {
            case 1 -> Conv1d.conv1d(x, w, b, s, p, d, 1).head();
            case 2 -> Conv2d.conv2d(x, w, b, s, p, d, 1).head();
            default -> Conv3d.conv3d(x, w, b, s, p, d, 1).head();
        };
    }

    /**
     * Adds {@code sign · delta} to the weight in place, with autograd off (the weight stays a leaf,
     * so it can be frozen and unfrozen later); temporaries are freed.
     */
    void addToWeight(Function<NDManager, NDArray> delta, int sign) {
        try (NDScope scope = new NDScope();
                GradMode off = GradMode.disabled()) {
            scope.suppressNotUsedWarning();
            NDArray w = weight.getArray();
            NDArray d = delta.apply(w.getManager());
            if (sign > 0) {
                w.addi(d);
            } else {
                w.subi(d);
            }
        }
    }
}
