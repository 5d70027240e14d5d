package org.paramlab.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import org.paramlab.nn.ModulePaths;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The common case of a {@link Tuner}: wrap every targeted module of one kind in a {@link
 * TunerLayer} and save each layer's adapter parameters under {@code
 * base_model.model.<module>.<saved name>}, the keys of HF PEFT's {@code get_peft_model_state_dict}.
 *
 * @param <C> the method's config record
 * @param <L> the method's layer type
 */
public abstract class LayerTuner<C extends PeftConfig, L extends TunerLayer> implements Tuner<C> {
    /** HF PEFT's prefix of a tuner-layer key in a saved adapter. */
    public static final String PREFIX = "base_model.model.";

    private final Class<C> configType;
    private final Class<L> layerType;

    /**
     * A tuner for {@code configType} whose layers are {@code layerType}.
     *
     * @param configType the config record
     * @param layerType the wrapped-layer class
     */
    protected LayerTuner(Class<C> configType, Class<L> layerType) {
        this.configType = configType;
        this.layerType = layerType;
    }

    /** {@inheritDoc} */
    @Override
    public Class<C> configType() {
        return configType;
    }

    /** Whether {@code module} is a kind this method can wrap. */
    protected abstract boolean accepts(Block module);

    /** What {@link #accepts} takes, for error messages, e.g. {@code "Linear"}. */
    protected abstract String acceptedKind();

    /** A new, adapter-less layer wrapping {@code module} found at {@code path}. */
    protected abstract L wrap(String path, Block module, C config);

    /**
     * Called once per injection with the selected modules (plain or already wrapped); returns what
     * to do to each layer before it gets the adapter (VeRA hands out its shared projection).
     * Default nothing.
     */
    protected Consumer<L> beforeInject(
            Map<String, Block> targets, String name, C config, NDManager manager) {
        return layer -> {};
    }

    /** {@inheritDoc} */
    @Override
    public void inject(Block model, String name, C config, NDManager manager) {
        Map<String, Block> targets =
                Targets.select(
                        model,
                        config.targetModules(),
                        b -> layerType.isInstance(b) || accepts(b),
                        config.peftType(),
                        acceptedKind());
        targets.keySet().removeIf(path -> Targets.matchesAny(config.modulesToSave(), path));
        Consumer<L> prepare = beforeInject(targets, name, config, manager);
        for (Map.Entry<String, Block> e : targets.entrySet()) {
            L layer;
            if (layerType.isInstance(e.getValue())) {
                layer = layerType.cast(e.getValue());
            } else {
                layer = wrap(e.getKey(), e.getValue(), config);
                ModulePaths.replace(model, e.getKey(), layer);
            }
            prepare.accept(layer);
            layer.addAdapter(name, config, manager);
        }
    }

    /** {@inheritDoc} */
    @Override
    public void delete(Block model, String name) {
        for (L layer : layers(model).values()) {
            if (layer.adapters().containsKey(name)) {
                layer.deleteAdapter(name);
            }
        }
    }

    /** This method's layers in {@code model}, by path. */
    public Map<String, L> layers(Block model) {
        Map<String, L> out = new LinkedHashMap<>();
        for (Map.Entry<String, Block> e : ModulePaths.modules(model).entrySet()) {
            if (layerType.isInstance(e.getValue())) {
                out.put(e.getKey(), layerType.cast(e.getValue()));
            }
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public Map<String, NDArray> stateDict(Block model, String name, C config, NDManager manager) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, L> e : layers(model).entrySet()) {
            if (!e.getValue().adapters().containsKey(name)) {
                continue;
            }
            for (Map.Entry<String, Parameter> p : e.getValue().adapterParameters(name).entrySet()) {
                out.put(PREFIX + e.getKey() + "." + p.getKey(), p.getValue().getArray());
            }
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public void loadStateDict(Block model, String name, C config, Map<String, NDArray> tensors) {
        for (Map.Entry<String, L> e : layers(model).entrySet()) {
            if (!e.getValue().adapters().containsKey(name)) {
                continue;
            }
            for (Map.Entry<String, Parameter> p : e.getValue().adapterParameters(name).entrySet()) {
                String key = PREFIX + e.getKey() + "." + p.getKey();
                copy(key, tensors.remove(key), p.getValue().getArray());
            }
        }
    }

    /**
     * Copies {@code source} into {@code target} in place.
     *
     * @throws IllegalArgumentException if the tensor is missing or its shape differs, naming the
     *     key and both shapes
     */
    public static void copy(String key, NDArray source, NDArray target) {
        if (source == null) {
            throw new IllegalArgumentException(
                    "The adapter file has no tensor '" + key + "', which the model expects.");
        }
        if (!source.getShape().equals(target.getShape())) {
            throw new IllegalArgumentException(
                    "Adapter tensor '"
                            + key
                            + "' has shape "
                            + source.getShape()
                            + " but the model expects "
                            + target.getShape()
                            + "; was it saved from a different model or config?");
        }
        target.set(source.toType(target.getDataType(), false).toByteBuffer());
    }
}
