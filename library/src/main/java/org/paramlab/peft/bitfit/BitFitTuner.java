package org.paramlab.peft.bitfit;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.peft.LayerTuner;

/**
 * Injects BitFit into every targeted Linear (with a bias) and LayerNorm; saved keys {@code
 * base_model.model.<module>.bias}.
 */
public final class BitFitTuner extends LayerTuner<BitFitConfig, BitFitLayer> {
    /** The tuner {@code Peft} registers as {@code BITFIT}. */
    public BitFitTuner() {
        super(BitFitConfig.class, BitFitLayer.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return BitFitLayer.hasBias(module);
    }

    @Override
    protected String acceptedKind() {
        return "Linear-with-bias or LayerNorm";
    }

    @Override
    protected BitFitLayer wrap(String path, Block module, BitFitConfig config) {
        return new BitFitLayer(path, module);
    }

    /** {@inheritDoc} */
    @Override
    public BitFitConfig fromJson(JsonObject json) {
        return BitFitConfig.fromJson(json);
    }
}
