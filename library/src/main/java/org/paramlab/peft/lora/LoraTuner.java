package org.paramlab.peft.lora;

import org.paramlab.nn.Linear;
import org.paramlab.peft.LinearLayerTuner;

/**
 * Injects LoRA into the {@link Linear} modules a {@link LoraConfig} targets and saves them with HF
 * PEFT's keys: {@code base_model.model.<module>.lora_A.weight}, {@code ….lora_B.weight} and, for
 * DoRA, {@code ….lora_magnitude_vector}.
 */
public final class LoraTuner extends LinearLayerTuner<LoraConfig, LoraLinear> {
    /** The tuner {@code Peft} registers as {@code LORA}. */
    public LoraTuner() {
        super(LoraConfig.class, LoraLinear.class, LoraLinear::new, LoraConfig::fromJson);
    }
}
