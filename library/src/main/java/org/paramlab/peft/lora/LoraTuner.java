package org.paramlab.peft.lora;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;
import org.paramlab.peft.LayerTuner;

/**
 * Injects LoRA into the {@link Linear} modules a {@link LoraConfig} targets and saves them with HF
 * PEFT's keys: {@code base_model.model.<module>.lora_A.weight}, {@code ….lora_B.weight} and, for
 * DoRA, {@code ….lora_magnitude_vector}.
 */
public final class LoraTuner extends LayerTuner<LoraConfig, LoraLinear> {
    /** The tuner {@code Peft} registers as {@code LORA}. */
    public LoraTuner() {
        super(LoraConfig.class, LoraLinear.class);
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
    protected LoraLinear wrap(String path, Block module, LoraConfig config) {
        return new LoraLinear(path, (Linear) module);
    }

    /** {@inheritDoc} */
    @Override
    public LoraConfig fromJson(JsonObject json) {
        return LoraConfig.fromJson(json);
    }
}
