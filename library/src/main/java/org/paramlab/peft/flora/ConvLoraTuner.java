package org.paramlab.peft.flora;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.peft.LayerTuner;

/**
 * Injects LoRA into convolution (and Linear) modules; saved keys {@code
 * base_model.model.<module>.lora_A.weight} and {@code ….lora_B.weight}, as HF PEFT.
 */
public final class ConvLoraTuner extends LayerTuner<ConvLoraConfig, ConvLoraLayer> {
    /** The tuner {@code Peft} registers as {@code LORA_CONV}. */
    public ConvLoraTuner() {
        super(ConvLoraConfig.class, ConvLoraLayer.class);
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
    protected ConvLoraLayer wrap(String path, Block module, ConvLoraConfig config) {
        return new ConvLoraLayer(path, module);
    }

    /** {@inheritDoc} */
    @Override
    public ConvLoraConfig fromJson(JsonObject json) {
        return ConvLoraConfig.fromJson(json);
    }
}
