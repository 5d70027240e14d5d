package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

import org.paramlab.nn.LayerNorm;
import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;

/**
 * ViT's input embedding: {@code E = LayerNorm(patches · Wᵀ + b + P)}, patches flattened in
 * channel-row-column order (Dosovitskiy et al., ICLR 2021, arXiv:2010.11929, eq. 1, without the
 * class token since the classifier mean-pools).
 *
 * <p>Input {@code pixels (B, C, S, S)}; parameters {@code position_embeddings (N, H)}; modules
 * {@code patch_embeddings} (Linear {@code C·p² → H}) and {@code LayerNorm}; output {@code (B, N',
 * H)}. When a prompt-tuning adapter (visual prompt tuning, Jia et al., ECCV 2022, arXiv:2203.12119)
 * prepends {@code P} tokens to the patch embeddings, {@code N' = P + N} and the prompts get no
 * position.
 */
public final class VitEmbeddings extends ModuleBlock {
    private static final byte VERSION = 1;

    private final VitConfig config;
    private final Parameter positions;

    VitEmbeddings(VitConfig config) {
        super(VERSION);
        this.config = config;
        int h = config.encoder().hiddenSize();
        addModule(
                "patch_embeddings", Linear.builder().setIn(config.patchValues()).setOut(h).build());
        addModule(
                "LayerNorm",
                LayerNorm.builder().setSize(h).optEps(config.encoder().layerNormEps()).build());
        positions =
                addParameter(
                        Parameter.builder()
                                .setName("position_embeddings")
                                .setType(Parameter.Type.WEIGHT)
                                .optInitializer(new NormalInitializer(0.02f))
                                .optShape(new Shape(config.patches(), h))
                                .build());
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {
            new Shape(inputShapes[0].get(0), config.patches(), config.encoder().hiddenSize())
        };
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray pixels = inputs.head(); // (B, C, S, S)
        long b = pixels.getShape().get(0);
        int c = config.channels();
        int p = config.patchSize();
        int n = config.imageSize() / p;
        NDArray patches =
                pixels.reshape(b, c, n, p, n, p)
                        .transpose(0, 2, 4, 1, 3, 5) // (B, n, n, C, p, p)
                        .reshape(b, (long) n * n, config.patchValues()); // (B, N, C·p²)
        NDArray x = module("patch_embeddings").forward(ps, new NDList(patches), training).head();
        NDArray pos = ps.getValue(positions, x.getDevice(), training); // (N, H)
        long extra = x.getShape().get(1) - config.patches();
        if (extra > 0) {
            NDArray none = x.getManager().zeros(new Shape(extra, pos.getShape().get(1)));
            pos = none.concat(pos, 0); // (N', H)
        }
        x = x.add(pos); // (B, N', H)
        x = module("LayerNorm").forward(ps, new NDList(x), training).head();
        return Dropout.dropout(x, config.encoder().hiddenDropout(), training);
    }
}
