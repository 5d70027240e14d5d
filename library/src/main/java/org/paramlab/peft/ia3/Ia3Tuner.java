package org.paramlab.peft.ia3;

import org.paramlab.peft.LinearLayerTuner;

/** Injects (IA)³ into Linear modules; saved keys {@code base_model.model.<module>.ia3_l}. */
public final class Ia3Tuner extends LinearLayerTuner<Ia3Config, Ia3Linear> {
    /** The tuner {@code Peft} registers as {@code IA3}. */
    public Ia3Tuner() {
        super(Ia3Config.class, Ia3Linear.class, Ia3Linear::new, Ia3Config::fromJson);
    }
}
