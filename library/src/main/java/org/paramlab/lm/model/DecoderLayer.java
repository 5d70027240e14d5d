package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-norm decoder layer (GPT-2; Xiong et al., "On Layer Normalization in the Transformer
 * Architecture", ICML 2020, arXiv:2002.04745):
 *
 * <pre>
 *   h = x + Attention(Norm₁(x))
 *   y = h + FFN(Norm₂(h))
 * </pre>
 *
 * <p>Inputs: x (B, T, d) and optionally the cached keys and values (B, G, P, h) each. Outputs: y
 * (B, T, d) and the keys and values of all P + T positions. Children: {@code attention_norm},
 * {@code attention} ({@link CausalSelfAttention}), {@code ffn_norm}, {@code ffn} ({@link
 * FeedForward} or {@link Pattention}).
 */
public final class DecoderLayer extends AbstractBlock {
    private static final byte VERSION = 1;

    private final Block attentionNorm;
    private final CausalSelfAttention attention;
    private final Block ffnNorm;
    private final Block ffn;

    DecoderLayer(DecoderConfig config, int index) {
        super(VERSION);
        LayerSpec spec = config.layers().get(index);
        attentionNorm = addChildBlock("attention_norm", norm(config.norm()));
        CausalSelfAttention.Builder attentionBuilder =
                CausalSelfAttention.builder()
                        .setHeads(spec.heads(), spec.kvHeads())
                        .setHeadDim(config.headDim())
                        .setModelDim(config.dModel());
        if (config.positions() == PositionKind.ROPE) {
            attentionBuilder.optRope(config.ropeBase());
        }
        TokenParams tokens = config.tokenParams();
        if (tokens != null) {
            attentionBuilder.optProjections(
                    ProjectionFactory.pattention(
                            tokens.attentionTokens(),
                            tokens.norm(),
                            tokens.effectiveAttentionTau()));
        }
        attention = addChildBlock("attention", attentionBuilder.build());
        ffnNorm = addChildBlock("ffn_norm", norm(config.norm()));
        Block feedForward =
                tokens != null
                        ? ProjectionFactory.pattention(
                                        spec.ffnWidth(),
                                        tokens.norm(),
                                        tokens.effectiveFfnTau(spec.ffnWidth()))
                                .create(config.dModel())
                        : FeedForward.builder()
                                .setWidth(spec.ffnWidth())
                                .setModelDim(config.dModel())
                                .optKind(config.ffn())
                                .build();
        ffn = addChildBlock("ffn", feedForward);
    }

    static Block norm(NormKind kind) {
        return switch (kind) {
            case LAYER_NORM -> LayerNorm.builder().axis(2).optEpsilon(1e-5f).build();
            case RMS_NORM -> RmsNorm.builder().build();
        };
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return attention.getOutputShapes(inputShapes);
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        attentionNorm.initialize(manager, dataType, x);
        attention.initialize(manager, dataType, x);
        ffnNorm.initialize(manager, dataType, x);
        ffn.initialize(manager, dataType, x);
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDList attentionInputs =
                new NDList(attentionNorm.forward(store, new NDList(x), training).head());
        if (inputs.size() > 1) {
            attentionInputs.add(inputs.get(1));
            attentionInputs.add(inputs.get(2));
        }
        NDList attended = attention.forward(store, attentionInputs, training); // y, k, v
        NDArray h = x.add(attended.get(0)); // (B, T, d)
        NDArray normed = ffnNorm.forward(store, new NDList(h), training).head();
        NDArray y = h.add(ffn.forward(store, new NDList(normed), training).head()); // (B, T, d)
        return new NDList(y, attended.get(1), attended.get(2));
    }
}
