package org.paramlab.peft.lokr;

import org.paramlab.peft.LinearLayerTuner;

/** Injects LoKr into Linear modules; saved keys {@code base_model.model.<module>.lokr_w1}, …. */
public final class LokrTuner extends LinearLayerTuner<LokrConfig, LokrLinear> {
    /** The tuner {@code Peft} registers as {@code LOKR}. */
    public LokrTuner() {
        super(LokrConfig.class, LokrLinear.class, LokrLinear::new, LokrConfig::fromJson);
    }
}
