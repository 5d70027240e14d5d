package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.LayerNorm;
import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;
import org.paramlab.nn.ResidualBranch;

/**
 * The residual "Add & Norm" that closes each BERT sub-layer: {@code LayerNorm(residual + dropout(h
 * Wᵀ + b))} (Vaswani et al., NeurIPS 2017, arXiv:1706.03762, §3.1). HF calls it {@code
 * BertSelfOutput} after attention ({@code attention.output}) and {@code BertOutput} after the
 * feed-forward ({@code output}).
 *
 * <p>Inputs: {@code h (B, T, in)} and {@code residual (B, T, H)}. Output: {@code (B, T, H)}.
 * Modules: {@code dense}, {@code LayerNorm}.
 */
public final class BertResidualOutput extends ModuleBlock implements ResidualBranch {
    private static final byte VERSION = 1;

    private final BertConfig config;

    BertResidualOutput(BertConfig config, int in) {
        super(VERSION);
        this.config = config;
        addModule("dense", Linear.builder().setIn(in).setOut(config.hiddenSize()).build());
        addModule(
                "LayerNorm",
                LayerNorm.builder()
                        .setSize(config.hiddenSize())
                        .optEps(config.layerNormEps())
                        .build());
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[1]};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = module("dense").forward(ps, new NDList(inputs.get(0)), training).head();
        h = Dropout.dropout(h, config.hiddenDropout(), training).head();
        return module("LayerNorm").forward(ps, new NDList(h.add(inputs.get(1))), training);
    }
}
