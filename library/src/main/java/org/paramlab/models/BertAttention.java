package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.ModuleBlock;

/**
 * BERT's attention sub-layer: {@code LayerNorm(x + dropout(SelfAttention(x) W_oᵀ + b_o))}.
 *
 * <p>Inputs: {@code x (B, T, H)} and the additive mask {@code (B, 1, 1, T)}. Output {@code (B, T,
 * H)}. Modules: {@code self} ({@link BertSelfAttention}) and {@code output} ({@link
 * BertResidualOutput}).
 */
public final class BertAttention extends ModuleBlock {
    private static final byte VERSION = 1;

    BertAttention(BertConfig config) {
        super(VERSION);
        addModule("self", new BertSelfAttention(config));
        addModule("output", new BertResidualOutput(config, config.hiddenSize()));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray context = module("self").forward(ps, inputs, training).head();
        return module("output").forward(ps, new NDList(context, x), training);
    }
}
