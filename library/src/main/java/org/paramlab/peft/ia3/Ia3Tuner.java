package org.paramlab.peft.ia3;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;
import org.paramlab.peft.LayerTuner;

/** Injects (IA)³ into Linear modules; saved keys {@code base_model.model.<module>.ia3_l}. */
public final class Ia3Tuner extends LayerTuner<Ia3Config, Ia3Linear> {
    /** The tuner {@code Peft} registers as {@code IA3}. */
    public Ia3Tuner() {
        super(Ia3Config.class, Ia3Linear.class);
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
    protected Ia3Linear wrap(String path, Block module, Ia3Config config) {
        return new Ia3Linear(path, (Linear) module);
    }

    /** {@inheritDoc} */
    @Override
    public Ia3Config fromJson(JsonObject json) {
        return Ia3Config.fromJson(json);
    }
}
