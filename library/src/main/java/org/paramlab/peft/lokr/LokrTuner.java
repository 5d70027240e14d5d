package org.paramlab.peft.lokr;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;
import org.paramlab.peft.LayerTuner;

/** Injects LoKr into Linear modules; saved keys {@code base_model.model.<module>.lokr_w1}, …. */
public final class LokrTuner extends LayerTuner<LokrConfig, LokrLinear> {
    /** The tuner {@code Peft} registers as {@code LOKR}. */
    public LokrTuner() {
        super(LokrConfig.class, LokrLinear.class);
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
    protected LokrLinear wrap(String path, Block module, LokrConfig config) {
        return new LokrLinear(path, (Linear) module);
    }

    /** {@inheritDoc} */
    @Override
    public LokrConfig fromJson(JsonObject json) {
        return LokrConfig.fromJson(json);
    }
}
