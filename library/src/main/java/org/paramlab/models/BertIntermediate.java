package org.paramlab.models;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;

/**
 * The first half of BERT's feed-forward network: {@code GELU(x Wᵀ + b)} with the exact, erf-based
 * GELU (Hendrycks and Gimpel, 2016, arXiv:1606.08415, eq. 1), as HF's {@code "gelu"}.
 *
 * <p>Input {@code (B, T, H)}, output {@code (B, T, I)}. Module: {@code dense}.
 */
public final class BertIntermediate extends ModuleBlock {
    private static final byte VERSION = 1;

    private final BertConfig config;

    BertIntermediate(BertConfig config) {
        super(VERSION);
        this.config = config;
        addModule(
                "dense",
                Linear.builder()
                        .setIn(config.hiddenSize())
                        .setOut(config.intermediateSize())
                        .build());
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        return new Shape[] {x.slice(0, x.dimension() - 1).add(config.intermediateSize())};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList h = module("dense").forward(ps, new NDList(inputs.get(0)), training);
        return new NDList(Activation.gelu(h.head()));
    }
}
