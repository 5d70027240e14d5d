package org.paramlab.lm.model;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter and FLOP accounting of a {@link DecoderConfig} (Kaplan et al., "Scaling Laws for Neural
 * Language Models", 2020, arXiv:2001.08361, Table 1): N counts the non-embedding parameters (all
 * but the token and position embeddings and the readout), and a forward pass costs per token
 *
 * <pre>
 *   C_forward ≈ 2N + 2·L·n_ctx·d_attn            (+ 2·d·V for the readout)
 * </pre>
 *
 * counted here layer by layer: 2 FLOPs per multiply-add of every projection (dense: 2·in·out;
 * Pattention: 2·in·n for the scores and 2·n·out for the weighted sum) and 2·n_ctx·H·h each for q·kᵀ
 * and the weighted sum of values (Kaplan's convention: the full context, not the causal half).
 * Training costs about 3× the forward pass, C ≈ 6N per token when the attention term is small:
 * {@link #sixN()}.
 *
 * @param config the model
 * @param context n_ctx, the sequence length trained on
 * @param nonEmbeddingParameters N
 * @param embeddingParameters token and position embeddings and readout
 * @param layers per-layer parameters and forward FLOPs per token
 * @param readoutFlops 2·d·V per token
 */
public record FlopCount(
        DecoderConfig config,
        int context,
        long nonEmbeddingParameters,
        long embeddingParameters,
        List<LayerFlops> layers,
        long readoutFlops) {

    /**
     * One layer's share.
     *
     * @param layer index from 0
     * @param parameters scalars in the layer (norms included)
     * @param projectionFlops forward FLOPs per token of its projections and feed-forward
     * @param attentionFlops forward FLOPs per token of q·kᵀ and the weighted sum of values
     */
    public record LayerFlops(
            int layer, long parameters, long projectionFlops, long attentionFlops) {
        /** Forward FLOPs per token of the layer. */
        public long forwardFlops() {
            return projectionFlops + attentionFlops;
        }
    }

    /** Counts {@code config} at sequence length {@code context}. */
    public static FlopCount of(DecoderConfig config, int context) {
        long d = config.dModel();
        long h = config.headDim();
        int normParams = config.norm() == NormKind.LAYER_NORM ? 2 : 1;
        List<LayerFlops> layers = new ArrayList<>();
        long total = 0;
        TokenParams tokens = config.tokenParams();
        for (int i = 0; i < config.depth(); i++) {
            LayerSpec l = config.layers().get(i);
            long qOut = l.heads() * h;
            long kvOut = l.kvHeads() * h;
            long params = 2L * normParams * d;
            long flops;
            if (tokens == null) {
                long attentionParams = d * qOut + 2 * d * kvOut + qOut * d;
                long ffnParams = (config.ffn() == FfnKind.SWIGLU ? 3 : 2) * d * l.ffnWidth();
                params += attentionParams + ffnParams;
                flops = 2 * (attentionParams + ffnParams);
            } else {
                long n = tokens.attentionTokens();
                long attentionParams = n * (d + qOut) + 2 * n * (d + kvOut) + n * (qOut + d);
                long ffnParams = (long) l.ffnWidth() * 2 * d;
                params += attentionParams + ffnParams;
                flops = 2 * (attentionParams + ffnParams);
            }
            long attention = 2L * 2 * context * qOut;
            layers.add(new LayerFlops(i, params, flops, attention));
            total += params;
        }
        total += (long) normParams * d; // final norm
        long embeddings = (long) config.vocabSize() * d * 2;
        if (config.positions() == PositionKind.LEARNED) {
            embeddings += (long) config.contextLength() * d;
        }
        return new FlopCount(
                config, context, total, embeddings, layers, 2L * d * config.vocabSize());
    }

    /** Forward FLOPs per token, readout included. */
    public long forwardFlopsPerToken() {
        return layers.stream().mapToLong(LayerFlops::forwardFlops).sum() + readoutFlops;
    }

    /** Training FLOPs per token, 3× the forward pass (backward ≈ 2× forward). */
    public long trainingFlopsPerToken() {
        return 3 * forwardFlopsPerToken();
    }

    /** 6N, Kaplan's approximation of training FLOPs per token. */
    public long sixN() {
        return 6 * nonEmbeddingParameters;
    }

    /** Training FLOPs for {@code tokens} tokens by the per-layer count. */
    public double trainingFlops(double tokens) {
        return trainingFlopsPerToken() * tokens;
    }

    /** The per-layer breakdown: layer, parameters, forward FLOPs per token by part. */
    public Table table() {
        StringColumn part = StringColumn.create("part");
        DoubleColumn params = DoubleColumn.create("parameters");
        DoubleColumn projection = DoubleColumn.create("projection FLOPs/token");
        DoubleColumn attention = DoubleColumn.create("attention FLOPs/token");
        for (LayerFlops l : layers) {
            part.append("layer " + l.layer());
            params.append(l.parameters());
            projection.append(l.projectionFlops());
            attention.append(l.attentionFlops());
        }
        part.append("readout");
        params.append(0);
        projection.append(readoutFlops);
        attention.append(0);
        return Table.create("FLOPs per token (forward), n_ctx = " + context)
                .addColumns(part, params, projection, attention);
    }
}
