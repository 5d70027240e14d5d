package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.ModuleBlock;

/**
 * A Vision Transformer built from the same encoder layers as {@link BertModel} (Dosovitskiy et al.
 * An Image is Worth 16x16 Words. ICLR 2021, arXiv:2010.11929), so every tuner that targets {@code
 * encoder.layer.N.attention.self.query} applies to images too.
 *
 * <p>Input {@code pixels (B, C, S, S)}. Outputs, as {@link BertModel}'s: {@code hidden (B, N', H)}
 * and a mask of ones {@code (B, N')}. Modules: {@code embeddings} ({@link VitEmbeddings}), {@code
 * encoder} ({@link BertEncoder}).
 */
public final class VitModel extends ModuleBlock {
    private static final byte VERSION = 1;

    private final VitConfig config;

    private VitModel(VitConfig config) {
        super(VERSION);
        this.config = config;
        addModule("embeddings", new VitEmbeddings(config));
        addModule("encoder", new BertEncoder(config.encoder()));
    }

    /** A randomly initialised ViT (BERT's initialisation), its parameters in {@code manager}. */
    public static VitModel initialized(VitConfig config, NDManager manager) {
        VitModel model = new VitModel(config);
        int s = config.imageSize();
        model.initialize(manager, DataType.FLOAT32, new Shape(1, config.channels(), s, s));
        return model;
    }

    /** The sizes. */
    public VitConfig config() {
        return config;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long b = inputShapes[0].get(0);
        return new Shape[] {
            new Shape(b, config.patches(), config.encoder().hiddenSize()),
            new Shape(b, config.patches())
        };
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = module("embeddings").forward(ps, new NDList(inputs.head()), training).head();
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray mask = x.getManager().ones(new Shape(b, t)); // (B, N')
        NDArray bias = x.getManager().zeros(new Shape(b, 1, 1, t)); // every token attended
        NDArray hidden = module("encoder").forward(ps, new NDList(x, bias), training).head();
        return new NDList(hidden, mask);
    }
}
