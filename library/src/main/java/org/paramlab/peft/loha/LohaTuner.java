package org.paramlab.peft.loha;

import org.paramlab.peft.LinearLayerTuner;

/** Injects LoHa into Linear modules; saved keys {@code base_model.model.<module>.hada_w1_a}, …. */
public final class LohaTuner extends LinearLayerTuner<LohaConfig, LohaLinear> {
    /** The tuner {@code Peft} registers as {@code LOHA}. */
    public LohaTuner() {
        super(LohaConfig.class, LohaLinear.class, LohaLinear::new, LohaConfig::fromJson);
    }
}
