package org.paramlab.models;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.ModuleBlock;
import org.paramlab.nn.ModuleList;

import java.util.ArrayList;
import java.util.List;

/**
 * The stack of {@link BertLayer}s, addressed {@code layer.0} … {@code layer.(L−1)} as in HF.
 *
 * <p>Inputs: {@code x (B, T, H)}, additive mask {@code (B, 1, 1, T)}. Output {@code (B, T, H)}.
 */
public final class BertEncoder extends ModuleBlock {
    private static final byte VERSION = 1;

    BertEncoder(BertConfig config) {
        super(VERSION);
        List<BertLayer> layers = new ArrayList<>();
        for (int i = 0; i < config.numLayers(); i++) {
            layers.add(new BertLayer(config));
        }
        addModule("layer", new ModuleList(layers));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(module("layer").forward(ps, inputs, training, params).head());
    }
}
