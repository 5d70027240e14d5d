package org.paramlab.lm.model;

import java.util.Objects;

/**
 * TokenFormer's settings: every attention projection (query, key, value, output) is a {@link
 * Pattention} layer with {@code attentionTokens} parameter tokens, and the feed-forward sub-layer
 * one with {@link LayerSpec#ffnWidth()} tokens (Wang et al., "TokenFormer: Rethinking Transformer
 * Scaling with Tokenized Model Parameters", ICLR 2025, arXiv:2410.23168).
 *
 * @param attentionTokens parameter tokens of each attention projection, ≥ 1
 * @param norm the normalisation of the scores
 * @param attentionTau τ of the attention projections; 0 for √attentionTokens (a grown model keeps
 *     the τ of the model it grew from)
 * @param ffnTau τ of the feed-forward layers; 0 for √(the layer's ffnWidth)
 */
public record TokenParams(
        int attentionTokens, PattentionNorm norm, double attentionTau, double ffnTau) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a token count below 1 or a negative τ
     */
    public TokenParams {
        Objects.requireNonNull(norm, "norm");
        if (attentionTokens < 1) {
            throw new IllegalArgumentException(
                    "A Pattention layer needs at least one parameter token, found "
                            + attentionTokens);
        }
        if (!(attentionTau >= 0) || !(ffnTau >= 0)) {
            throw new IllegalArgumentException(
                    "τ must be ≥ 0 (0 for √tokens), found " + attentionTau + " and " + ffnTau);
        }
    }

    /** TokenFormer with {@code attentionTokens} per projection, τ = √tokens. */
    public static TokenParams of(int attentionTokens, PattentionNorm norm) {
        return new TokenParams(attentionTokens, norm, 0, 0);
    }

    /** These settings with another number of attention tokens (τ unchanged). */
    public TokenParams withAttentionTokens(int value) {
        return new TokenParams(value, norm, attentionTau, ffnTau);
    }

    /** These settings with explicit τ values. */
    public TokenParams withTaus(double attention, double ffn) {
        return new TokenParams(attentionTokens, norm, attention, ffn);
    }

    /** τ of the attention projections: the fixed value, or √attentionTokens. */
    public double effectiveAttentionTau() {
        return attentionTau > 0 ? attentionTau : Math.sqrt(attentionTokens);
    }

    /** τ of a feed-forward layer with {@code tokens} tokens: the fixed value, or √tokens. */
    public double effectiveFfnTau(int tokens) {
        return ffnTau > 0 ? ffnTau : Math.sqrt(tokens);
    }
}
