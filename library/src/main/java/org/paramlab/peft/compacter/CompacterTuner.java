package org.paramlab.peft.compacter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import org.paramlab.peft.LinearLayerTuner;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Injects Compacter adapters after Linear modules; saved keys {@code
 * base_model.model.<module>.adapter_down.W_left}, …, and with shared rules {@link #KEY_RULE_DOWN}
 * and {@link #KEY_RULE_UP} once for the model.
 */
public final class CompacterTuner extends LinearLayerTuner<CompacterConfig, CompacterLayer> {
    /** Saved key of the shared rules of the down projections. */
    public static final String KEY_RULE_DOWN = "base_model.phm_rule_down";

    /** Saved key of the shared rules of the up projections. */
    public static final String KEY_RULE_UP = "base_model.phm_rule_up";

    /** The tuner {@code Peft} registers as {@code COMPACTER}. */
    public CompacterTuner() {
        super(
                CompacterConfig.class,
                CompacterLayer.class,
                CompacterLayer::new,
                CompacterConfig::fromJson);
    }

    @Override
    protected Consumer<CompacterLayer> beforeInject(
            Map<String, Block> targets, String name, CompacterConfig config, NDManager manager) {
        if (!config.sharedRules()) {
            return layer -> {};
        }
        CompacterRules rules = new CompacterRules();
        return layer -> layer.useRules(name, rules);
    }

    /** {@inheritDoc} */
    @Override
    public Map<String, NDArray> stateDict(
            Block model, String name, CompacterConfig config, NDManager manager) {
        Map<String, NDArray> out = super.stateDict(model, name, config, manager);
        if (config.sharedRules()) {
            String owner = ownerPrefix(model, name);
            out.put(KEY_RULE_DOWN, out.remove(owner + CompacterLayer.DOWN + ".phm_rule"));
            out.put(KEY_RULE_UP, out.remove(owner + CompacterLayer.UP + ".phm_rule"));
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public void loadStateDict(
            Block model, String name, CompacterConfig config, Map<String, NDArray> tensors) {
        if (config.sharedRules()) {
            String owner = ownerPrefix(model, name);
            move(tensors, KEY_RULE_DOWN, owner + CompacterLayer.DOWN + ".phm_rule");
            move(tensors, KEY_RULE_UP, owner + CompacterLayer.UP + ".phm_rule");
        }
        super.loadStateDict(model, name, config, tensors);
    }

    private static void move(Map<String, NDArray> tensors, String from, String to) {
        NDArray t = tensors.remove(from);
        if (t != null) {
            tensors.put(to, t);
        }
    }

    /** {@code base_model.model.<owner path>.}: where the owner layer's keys start. */
    private String ownerPrefix(Block model, String name) {
        for (Map.Entry<String, CompacterLayer> e : layers(model).entrySet()) {
            if (e.getValue().ownsSharedRules(name)) {
                return PREFIX + e.getKey() + ".";
            }
        }
        throw new IllegalArgumentException("No Compacter adapter '" + name + "' in the model.");
    }
}
