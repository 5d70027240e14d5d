package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adam with decoupled weight decay, per-group learning-rate multipliers and global-norm gradient
 * clipping, updating a DJL block's parameters in place (Loshchilov and Hutter, "Decoupled Weight
 * Decay Regularization", ICLR 2019, arXiv:1711.05101; Kingma and Ba, "Adam", ICLR 2015,
 * arXiv:1412.6980). For update t with scheduled rate η, group multiplier c and decay λ:
 *
 * <pre>
 *   g ← g·min(1, G/‖g‖₂)                        (global norm over all parameters; G = maxGradNorm)
 *   w ← w·(1 − cη·λ)                             (decoupled decay)
 *   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²
 *   w ← w − cη·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m/(√v + ε)
 * </pre>
 *
 * <p>The last line is Adam's "ε-hat" form (ε added to √v rather than to the bias-corrected √v̂),
 * which is what DJL's fused {@code adamUpdate} computes; it differs from PyTorch's {@code AdamW}
 * only by ε's scale. Why not DJL's {@code Optimizer.adamW()}: it has one weight decay for all
 * parameters, no groups, and keeps its moments private, so they can neither be saved nor carried to
 * a grown model. This class keeps them by {@linkplain ParameterPaths path} and exports them as an
 * {@link OptimizerState}.
 *
 * <p>Only parameters that require a gradient are updated (frozen ones are skipped, as PEFT needs);
 * a parameter without a gradient in a step is left alone. Moments live in a sub-manager of the
 * first parameter's manager and are freed by {@link #close()}.
 */
public final class AdamW implements AutoCloseable {
    private final AdamWConfig config;
    private final List<Slot> slots = new ArrayList<>();
    private final NDManager manager;
    private long updates;

    /**
     * An optimizer with zero moments for every trainable parameter of {@code model}.
     *
     * @throws IllegalStateException if the model is not initialised
     */
    public AdamW(AdamWConfig config, Block model) {
        this(config, model, null);
    }

    /**
     * An optimizer that continues from {@code state}: moments are matched by path, zero-padded
     * where a parameter grew ({@link OptimizerState.Moments#paddedTo}), zero for parameters the
     * state does not know; the update count continues.
     *
     * @param state a snapshot, or null to start from zero
     * @throws IllegalStateException if the model is not initialised
     * @throws IllegalArgumentException if a stored moment cannot be padded to its parameter
     */
    public AdamW(AdamWConfig config, Block model, OptimizerState state) {
        this.config = Objects.requireNonNull(config, "config");
        Map<String, Parameter> params = ParameterPaths.of(model);
        NDManager owner = null;
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            Parameter p = e.getValue();
            if (!p.isInitialized()) {
                throw new IllegalStateException(
                        "Parameter "
                                + e.getKey()
                                + " is not initialised; call model.initialize(...) before creating"
                                + " the optimizer.");
            }
            if (owner == null) {
                owner = p.getArray().getManager();
            }
        }
        if (owner == null) {
            throw new IllegalArgumentException("The model has no parameters to optimise.");
        }
        this.manager = owner.newSubManager();
        this.updates = state == null ? 0 : state.updates();
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            Parameter p = e.getValue();
            if (!p.requiresGradient()) {
                continue;
            }
            NDArray w = p.getArray();
            NDArray m;
            NDArray v;
            OptimizerState.Moments stored = state == null ? null : state.moments().get(e.getKey());
            if (stored != null) {
                OptimizerState.Moments fitted = stored.paddedTo(w.getShape().getShape());
                m = manager.create(fitted.first(), w.getShape()).toDevice(w.getDevice(), false);
                v = manager.create(fitted.second(), w.getShape()).toDevice(w.getDevice(), false);
            } else {
                m = manager.zeros(w.getShape(), DataType.FLOAT32, w.getDevice());
                v = manager.zeros(w.getShape(), DataType.FLOAT32, w.getDevice());
            }
            m.attach(manager);
            v.attach(manager);
            slots.add(new Slot(e.getKey(), p, config.groupOf(e.getKey()), m, v));
        }
    }

    /** The hyperparameters. */
    public AdamWConfig config() {
        return config;
    }

    /** Updates taken so far (t of the bias corrections). */
    public long updates() {
        return updates;
    }

    /** The group each trained parameter belongs to, by path. */
    public Map<String, ParamGroup> groups() {
        Map<String, ParamGroup> map = new LinkedHashMap<>();
        for (Slot s : slots) {
            map.put(s.path, s.group);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Takes one update with the gradients accumulated in the parameters, then zeroes them.
     *
     * @param learningRate the scheduled η (each group multiplies it by its scale)
     * @param maxGradNorm G, the global-norm clipping threshold; ≤ 0 or infinite for no clipping
     * @return the global gradient norm ‖g‖₂ before clipping (0 if no parameter had a gradient); if
     *     it is NaN or infinite, no parameter is changed, the gradients are zeroed and the update
     *     count does not advance
     * @throws IllegalArgumentException for a negative or non-finite learning rate
     */
    public double step(double learningRate, double maxGradNorm) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(
                    "The learning rate must be finite and ≥ 0, found " + learningRate);
        }
        List<NDArray> grads = new ArrayList<>(slots.size());
        try (NDManager temp = manager.newSubManager()) {
            for (Slot s : slots) {
                NDArray g = gradientOf(s.parameter.getArray());
                if (g != null) {
                    g.attach(temp);
                }
                grads.add(g);
            }
            double norm = GradientClipping.globalNorm(grads);
            if (!Double.isFinite(norm)) {
                for (NDArray g : grads) {
                    if (g != null) {
                        g.subi(g); // zero, like the fused update would
                    }
                }
                return norm; // a NaN or infinite gradient is never applied
            }
            float scale = (float) GradientClipping.scale(norm, maxGradNorm);
            updates++;
            double b1 = config.beta1();
            double b2 = config.beta2();
            double correction = Math.sqrt(1 - Math.pow(b2, updates)) / (1 - Math.pow(b1, updates));
            for (int i = 0; i < slots.size(); i++) {
                NDArray g = grads.get(i);
                if (g == null) {
                    continue;
                }
                Slot s = slots.get(i);
                NDArray w = s.parameter.getArray();
                float lr = (float) (learningRate * s.group.lrScale());
                w.getNDArrayInternal()
                        .adamUpdate(
                                new NDList(w, g, s.first, s.second),
                                new NDList(w),
                                lr,
                                (float) (lr * correction),
                                (float) s.group.weightDecay(),
                                scale,
                                -1f,
                                (float) b1,
                                (float) b2,
                                (float) config.epsilon(),
                                false,
                                true);
            }
            return norm;
        }
    }

    /** The moments and update count, copied to the Java heap. */
    public OptimizerState snapshot() {
        Map<String, OptimizerState.Moments> map = new LinkedHashMap<>();
        for (Slot s : slots) {
            map.put(
                    s.path,
                    new OptimizerState.Moments(
                            s.first.getShape().getShape(),
                            s.first.toFloatArray(),
                            s.second.toFloatArray()));
        }
        return new OptimizerState(updates, map);
    }

    /** Frees the moments. The parameters are not touched. */
    @Override
    public void close() {
        manager.close();
    }

    /** The gradient of {@code w}, or null if it has none yet (not used in the forward pass). */
    static NDArray gradientOf(NDArray w) {
        if (!w.hasGradient()) {
            return null;
        }
        try {
            NDArray g = w.getGradient();
            Shape shape = g.getShape();
            return shape.equals(w.getShape()) ? g : null;
        } catch (IllegalStateException | NullPointerException noGradient) {
            return null;
        }
    }

    private record Slot(
            String path, Parameter parameter, ParamGroup group, NDArray first, NDArray second) {}
}
