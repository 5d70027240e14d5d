package org.paramlab.peft.vera;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;
import org.paramlab.peft.LayerTuner;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Injects VeRA into Linear modules, drawing one shared projection per adapter; saved keys {@code
 * base_model.model.<module>.vera_lambda_b}, {@code ….vera_lambda_d} and, with {@code
 * save_projection}, {@code base_model.vera_A} and {@code base_model.vera_B}, as HF PEFT.
 */
public final class VeraTuner extends LayerTuner<VeraConfig, VeraLinear> {
    /** Saved key of the shared A. */
    public static final String KEY_A = "base_model.vera_A";

    /** Saved key of the shared B. */
    public static final String KEY_B = "base_model.vera_B";

    /** The tuner {@code Peft} registers as {@code VERA}. */
    public VeraTuner() {
        super(VeraConfig.class, VeraLinear.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return module instanceof Linear;
    }

    @Override
    protected String acceptedKind() {
        return "Linear";
    }

    @Override
    protected VeraLinear wrap(String path, Block module, VeraConfig config) {
        return new VeraLinear(path, (Linear) module);
    }

    @Override
    protected Consumer<VeraLinear> beforeInject(
            Map<String, Block> targets, String name, VeraConfig config, NDManager manager) {
        int inMax = 0;
        int outMax = 0;
        for (Block b : targets.values()) {
            Linear l = b instanceof VeraLinear v ? (Linear) v.base() : (Linear) b;
            inMax = Math.max(inMax, l.in());
            outMax = Math.max(outMax, l.out());
        }
        VeraProjection p =
                VeraProjection.draw(config.rank(), inMax, outMax, config.projectionSeed(), manager);
        return layer -> layer.useProjection(name, p);
    }

    /** {@inheritDoc} */
    @Override
    public Map<String, NDArray> stateDict(
            Block model, String name, VeraConfig config, NDManager manager) {
        Map<String, NDArray> out = super.stateDict(model, name, config, manager);
        if (config.saveProjection()) {
            VeraProjection p = projection(model, name);
            out.put(KEY_A, p.a());
            out.put(KEY_B, p.b());
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public void loadStateDict(
            Block model, String name, VeraConfig config, Map<String, NDArray> tensors) {
        super.loadStateDict(model, name, config, tensors);
        if (config.saveProjection()) {
            VeraProjection p = projection(model, name);
            copy(KEY_A, tensors.remove(KEY_A), p.a());
            copy(KEY_B, tensors.remove(KEY_B), p.b());
        }
    }

    private VeraProjection projection(Block model, String name) {
        for (VeraLinear layer : layers(model).values()) {
            if (layer.adapters().containsKey(name)) {
                return layer.projection(name);
            }
        }
        throw new IllegalArgumentException("No VeRA adapter '" + name + "' in the model.");
    }

    /** {@inheritDoc} */
    @Override
    public VeraConfig fromJson(JsonObject json) {
        return VeraConfig.fromJson(json);
    }
}
