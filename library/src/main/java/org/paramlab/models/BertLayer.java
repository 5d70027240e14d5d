package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.ModuleBlock;

/**
 * One post-norm transformer encoder layer: {@code a = Attention(x)}, {@code y = LayerNorm(a +
 * GELU(a W₁ᵀ + b₁) W₂ᵀ + b₂)} (Vaswani et al., NeurIPS 2017, arXiv:1706.03762, §3.1; Devlin et al.,
 * NAACL 2019, arXiv:1810.04805).
 *
 * <p>Inputs: {@code x (B, T, H)}, additive mask {@code (B, 1, 1, T)}. Output {@code (B, T, H)}.
 * Modules: {@code attention}, {@code intermediate}, {@code output}.
 */
public final class BertLayer extends ModuleBlock {
    private static final byte VERSION = 1;

    BertLayer(BertConfig config) {
        super(VERSION);
        addModule("attention", new BertAttention(config));
        addModule("intermediate", new BertIntermediate(config));
        addModule("output", new BertResidualOutput(config, config.intermediateSize()));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray a = module("attention").forward(ps, inputs, training).head();
        NDArray h = module("intermediate").forward(ps, new NDList(a), training).head();
        return module("output").forward(ps, new NDList(h, a), training);
    }
}
