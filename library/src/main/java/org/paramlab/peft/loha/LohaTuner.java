package org.paramlab.peft.loha;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;
import org.paramlab.peft.LayerTuner;

/** Injects LoHa into Linear modules; saved keys {@code base_model.model.<module>.hada_w1_a}, …. */
public final class LohaTuner extends LayerTuner<LohaConfig, LohaLinear> {
    /** The tuner {@code Peft} registers as {@code LOHA}. */
    public LohaTuner() {
        super(LohaConfig.class, LohaLinear.class);
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
    protected LohaLinear wrap(String path, Block module, LohaConfig config) {
        return new LohaLinear(path, (Linear) module);
    }

    /** {@inheritDoc} */
    @Override
    public LohaConfig fromJson(JsonObject json) {
        return LohaConfig.fromJson(json);
    }
}
