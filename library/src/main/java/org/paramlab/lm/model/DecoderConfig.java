package org.paramlab.lm.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A decoder-only transformer: vocabulary, context, widths per layer and the architectural choices
 * the papers vary. Build the model with {@link Decoder#build(DecoderConfig,
 * ai.djl.ndarray.NDManager)}.
 *
 * <p>{@link #gpt(int, int, int, int, int)} is a GPT-2-style model (LayerNorm, learned positions,
 * GELU, multi-head attention); {@link #llama(int, int, int, int, int, int)} the LLaMA/OpenELM style
 * (RMSNorm, RoPE, SwiGLU, grouped-query attention). Layer-wise scaling gives each layer its own
 * heads and FFN width ({@link #openElm}).
 *
 * <p>μP (Yang et al., "Tensor Programs V", 2022, arXiv:2203.03466): with {@code muPBaseWidth} &gt;
 * 0 the width multiplier is m = dModel/muPBaseWidth; the readout's logits are multiplied by 1/m,
 * and {@link Decoder#paramGroups} gives hidden matrices the learning rate η/m (Adam's μP, Table 3
 * of the paper, in the multiplier form of the {@code mup} package). Hidden matrices start with
 * variance 1/fan_in either way, the readout at zero.
 *
 * @param vocabSize V, tokens in the vocabulary, ≥ 2
 * @param contextLength the longest sequence, ≥ 1 (the learned position table's length)
 * @param dModel d, the residual stream's width, ≥ 1
 * @param headDim the width of each attention head, ≥ 1 (even with RoPE)
 * @param layers per-layer heads, key/value heads and feed-forward widths
 * @param norm LayerNorm or RMSNorm
 * @param positions learned or rotary positions
 * @param ffn the feed-forward kind ({@link FfnKind#PATTENTION} exactly when tokenParams is set)
 * @param tokenParams TokenFormer's Pattention settings, or null for dense projections
 * @param muPBaseWidth the base width of μP, or 0 for standard parameterisation
 * @param ropeBase θ's base for RoPE (10,000 in RoFormer)
 * @param seed seed of the initial weights
 */
public record DecoderConfig(
        int vocabSize,
        int contextLength,
        int dModel,
        int headDim,
        List<LayerSpec> layers,
        NormKind norm,
        PositionKind positions,
        FfnKind ffn,
        TokenParams tokenParams,
        int muPBaseWidth,
        double ropeBase,
        long seed) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field, the value found and a fix
     */
    public DecoderConfig {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(ffn, "ffn");
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        if (vocabSize < 2 || contextLength < 1 || dModel < 1 || headDim < 1) {
            throw new IllegalArgumentException(
                    "Need vocabSize ≥ 2, contextLength ≥ 1, dModel ≥ 1 and headDim ≥ 1; found "
                            + vocabSize
                            + ", "
                            + contextLength
                            + ", "
                            + dModel
                            + ", "
                            + headDim);
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("A decoder needs at least one layer.");
        }
        if (positions == PositionKind.ROPE && headDim % 2 != 0) {
            throw new IllegalArgumentException(
                    "RoPE rotates pairs of coordinates, so headDim must be even; found " + headDim);
        }
        if ((ffn == FfnKind.PATTENTION) != (tokenParams != null)) {
            throw new IllegalArgumentException(
                    "TokenFormer replaces every projection: use FfnKind.PATTENTION together with"
                            + " tokenParams, or neither; found ffn = "
                            + ffn
                            + ", tokenParams = "
                            + tokenParams);
        }
        if (muPBaseWidth < 0) {
            throw new IllegalArgumentException(
                    "muPBaseWidth must be ≥ 0 (0: standard parameterisation), found "
                            + muPBaseWidth);
        }
        if (!(ropeBase > 1)) {
            throw new IllegalArgumentException("ropeBase must be > 1, found " + ropeBase);
        }
    }

    /**
     * A GPT-2-style decoder: LayerNorm, learned positions, GELU MLP of width 4d, multi-head
     * attention with head width 32 (or d if smaller).
     */
    public static DecoderConfig gpt(
            int vocabSize, int contextLength, int dModel, int layers, int heads) {
        int headDim = dModel / heads;
        List<LayerSpec> specs =
                Collections.nCopies(layers, new LayerSpec(heads, heads, 4 * dModel));
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                specs,
                NormKind.LAYER_NORM,
                PositionKind.LEARNED,
                FfnKind.GELU,
                null,
                0,
                10_000,
                42);
    }

    /**
     * A LLaMA-style decoder: RMSNorm, RoPE, SwiGLU of width ⌈8d/3⌉ rounded to a multiple of 8, and
     * grouped-query attention with {@code kvHeads} key/value heads.
     */
    public static DecoderConfig llama(
            int vocabSize, int contextLength, int dModel, int layers, int heads, int kvHeads) {
        int headDim = dModel / heads;
        int ffn = 8 * ((8 * dModel / 3 + 7) / 8);
        List<LayerSpec> specs = Collections.nCopies(layers, new LayerSpec(heads, kvHeads, ffn));
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                specs,
                NormKind.RMS_NORM,
                PositionKind.ROPE,
                FfnKind.SWIGLU,
                null,
                0,
                10_000,
                42);
    }

    /**
     * OpenELM's layer-wise scaling (Mehta et al., 2024, arXiv:2404.14619, §3.1): layer i of L has
     * n_h = ⌊α_i·d/headDim⌋ query heads (rounded down to a multiple of the GQA group size) and a
     * SwiGLU of width ⌊β_i·d⌋ (rounded to a multiple of 8), with α_i and β_i linear in i from
     * (αmin, βmin) at the first layer to (αmax, βmax) at the last. OpenELM uses α ∈ [0.5, 1.0], β ∈
     * [0.5, 4.0]. RMSNorm, RoPE, SwiGLU and grouped-query attention as in OpenELM.
     *
     * @param group query heads per key/value head (OpenELM uses 4)
     */
    public static DecoderConfig openElm(
            int vocabSize,
            int contextLength,
            int dModel,
            int headDim,
            int layers,
            double alphaMin,
            double alphaMax,
            double betaMin,
            double betaMax,
            int group) {
        List<LayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            double t = layers == 1 ? 0 : (double) i / (layers - 1);
            double alpha = alphaMin + (alphaMax - alphaMin) * t;
            double beta = betaMin + (betaMax - betaMin) * t;
            int heads = Math.max(group, (int) Math.floor(alpha * dModel / headDim) / group * group);
            int ffn = Math.max(8, (int) Math.round(beta * dModel / 8.0) * 8);
            specs.add(new LayerSpec(heads, heads / group, ffn));
        }
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                specs,
                NormKind.RMS_NORM,
                PositionKind.ROPE,
                FfnKind.SWIGLU,
                null,
                0,
                10_000,
                42);
    }

    /**
     * A TokenFormer decoder (Wang et al., 2024, arXiv:2410.23168): LayerNorm, RoPE, and Pattention
     * for every projection, with {@code attentionTokens} tokens per attention projection and {@code
     * ffnTokens} for the feed-forward layer.
     */
    public static DecoderConfig tokenFormer(
            int vocabSize,
            int contextLength,
            int dModel,
            int layers,
            int heads,
            int attentionTokens,
            int ffnTokens,
            PattentionNorm norm) {
        List<LayerSpec> specs = Collections.nCopies(layers, new LayerSpec(heads, heads, ffnTokens));
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                dModel / heads,
                specs,
                NormKind.LAYER_NORM,
                PositionKind.ROPE,
                FfnKind.PATTENTION,
                TokenParams.of(attentionTokens, norm),
                0,
                10_000,
                42);
    }

    /** The number of layers. */
    public int depth() {
        return layers.size();
    }

    /** μP's width multiplier m = dModel/muPBaseWidth, or 1 without μP. */
    public double widthMultiplier() {
        return muPBaseWidth > 0 ? (double) dModel / muPBaseWidth : 1.0;
    }

    /** This config with another seed. */
    public DecoderConfig withSeed(long value) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                layers,
                norm,
                positions,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                value);
    }

    /** This config with another vocabulary size. */
    public DecoderConfig withVocabSize(int value) {
        return new DecoderConfig(
                value,
                contextLength,
                dModel,
                headDim,
                layers,
                norm,
                positions,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with another context length. */
    public DecoderConfig withContextLength(int value) {
        return new DecoderConfig(
                vocabSize,
                value,
                dModel,
                headDim,
                layers,
                norm,
                positions,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with another norm. */
    public DecoderConfig withNorm(NormKind value) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                layers,
                value,
                positions,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with other positions. */
    public DecoderConfig withPositions(PositionKind value) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                layers,
                norm,
                value,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with another dense feed-forward kind (not {@link FfnKind#PATTENTION}). */
    public DecoderConfig withFfn(FfnKind value) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                layers,
                norm,
                positions,
                value,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with other layers. */
    public DecoderConfig withLayers(List<LayerSpec> value) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                value,
                norm,
                positions,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with other TokenFormer settings. */
    public DecoderConfig withTokenParams(TokenParams value) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                layers,
                norm,
                positions,
                ffn,
                value,
                muPBaseWidth,
                ropeBase,
                seed);
    }

    /** This config with μP relative to {@code baseWidth} (0 for standard parameterisation). */
    public DecoderConfig withMuP(int baseWidth) {
        return new DecoderConfig(
                vocabSize,
                contextLength,
                dModel,
                headDim,
                layers,
                norm,
                positions,
                ffn,
                tokenParams,
                baseWidth,
                ropeBase,
                seed);
    }

    /**
     * This config at another width with the same shape: d and every layer's heads, key/value heads
     * and FFN width scaled by {@code dModel/this.dModel}, head width kept (μP's width transfer).
     *
     * @throws IllegalArgumentException unless the new width is a multiple of the head width
     */
    public DecoderConfig withWidth(int value) {
        if (value % headDim != 0) {
            throw new IllegalArgumentException(
                    "Width " + value + " is not a multiple of the head width " + headDim);
        }
        double r = (double) value / dModel;
        List<LayerSpec> specs = new ArrayList<>();
        for (LayerSpec l : layers) {
            int heads = Math.max(1, (int) Math.round(l.heads() * r));
            int kv = Math.max(1, (int) Math.round(l.kvHeads() * r));
            if (heads % kv != 0) {
                kv = heads;
            }
            specs.add(new LayerSpec(heads, kv, Math.max(1, (int) Math.round(l.ffnWidth() * r))));
        }
        return new DecoderConfig(
                vocabSize,
                contextLength,
                value,
                headDim,
                specs,
                norm,
                positions,
                ffn,
                tokenParams,
                muPBaseWidth,
                ropeBase,
                seed);
    }
}
