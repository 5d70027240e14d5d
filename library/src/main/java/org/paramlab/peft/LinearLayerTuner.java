package org.paramlab.peft;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link LayerTuner} for methods that wrap {@link Linear} modules and need nothing from the
 * config to build a layer (LoRA, (IA)³, LoHa, LoKr): the subclass names its layer's constructor and
 * its config's JSON reader, nothing else.
 *
 * @param <C> the method's config record
 * @param <L> the method's layer type
 */
public abstract class LinearLayerTuner<C extends PeftConfig, L extends TunerLayer>
        extends LayerTuner<C, L> {
    private final BiFunction<String, Linear, L> layerFactory;
    private final Function<JsonObject, C> configReader;

    /**
     * A tuner whose layers are made by {@code layerFactory(path, linear)}.
     *
     * @param configType the config record
     * @param layerType the wrapped-layer class
     * @param layerFactory makes an adapter-less layer around the Linear at a module path
     * @param configReader reads the config from {@code adapter_config.json}
     */
    protected LinearLayerTuner(
            Class<C> configType,
            Class<L> layerType,
            BiFunction<String, Linear, L> layerFactory,
            Function<JsonObject, C> configReader) {
        super(configType, layerType);
        this.layerFactory = layerFactory;
        this.configReader = configReader;
    }

    @Override
    protected final boolean accepts(Block module) {
        return module instanceof Linear;
    }

    @Override
    protected final String acceptedKind() {
        return "Linear";
    }

    @Override
    protected final L wrap(String path, Block module, C config) {
        return layerFactory.apply(path, (Linear) module);
    }

    /** {@inheritDoc} */
    @Override
    public final C fromJson(JsonObject json) {
        return configReader.apply(json);
    }
}
