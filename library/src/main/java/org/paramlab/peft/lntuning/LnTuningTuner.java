package org.paramlab.peft.lntuning;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.LayerNorm;
import org.paramlab.peft.LayerTuner;

/**
 * Injects LayerNorm tuning; saved keys {@code base_model.model.<module>.ln_tuning_layers.weight}
 * and {@code ….bias}, as HF PEFT.
 */
public final class LnTuningTuner extends LayerTuner<LnTuningConfig, LnTuningLayer> {
    /** The tuner {@code Peft} registers as {@code LN_TUNING}. */
    public LnTuningTuner() {
        super(LnTuningConfig.class, LnTuningLayer.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return module instanceof LayerNorm;
    }

    @Override
    protected String acceptedKind() {
        return "LayerNorm";
    }

    @Override
    protected LnTuningLayer wrap(String path, Block module, LnTuningConfig config) {
        return new LnTuningLayer(path, (LayerNorm) module);
    }

    /** {@inheritDoc} */
    @Override
    public LnTuningConfig fromJson(JsonObject json) {
        return LnTuningConfig.fromJson(json);
    }
}
