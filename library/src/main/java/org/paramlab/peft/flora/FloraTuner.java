package org.paramlab.peft.flora;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.peft.LayerTuner;

/**
 * Injects FLoRA into Linear and convolution modules; saved keys {@code
 * base_model.model.<module>.flora_layer.param_G}, {@code ….param_0}, ….
 */
public final class FloraTuner extends LayerTuner<FloraConfig, FloraLayer> {
    /** The tuner {@code Peft} registers as {@code FLORA}. */
    public FloraTuner() {
        super(FloraConfig.class, FloraLayer.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return WeightedModule.accepts(module);
    }

    @Override
    protected String acceptedKind() {
        return "Linear or convolution";
    }

    @Override
    protected FloraLayer wrap(String path, Block module, FloraConfig config) {
        return new FloraLayer(path, module);
    }

    /** {@inheritDoc} */
    @Override
    public FloraConfig fromJson(JsonObject json) {
        return FloraConfig.fromJson(json);
    }
}
