package org.paramlab.lm.tokenformer;

import org.paramlab.lm.model.PattentionNorm;

/**
 * One run of the TokenFormer study: a model trained from scratch, or grown from a checkpoint of a
 * smaller one and trained further.
 *
 * @param label a short name, e.g. {@code (a) small}
 * @param transformer true for the dense baseline Transformer, false for TokenFormer
 * @param attentionTokens TokenFormer's tokens per attention projection (ignored for the baseline)
 * @param ffnTokens TokenFormer's feed-forward tokens, or the baseline's FFN width
 * @param norm Pattention's normalisation
 * @param steps updates
 * @param seed seed of weights and data order
 * @param saveTo checkpoint directory to leave the trained model in, or empty
 * @param growFrom checkpoint directory of the model to grow from, or empty for from scratch
 * @param grownAttentionTokens attention tokens of the model in {@code growFrom} (0 from scratch)
 * @param grownFfnTokens FFN tokens of the model in {@code growFrom} (0 from scratch)
 */
public record TokenFormerPoint(
        String label,
        boolean transformer,
        int attentionTokens,
        int ffnTokens,
        PattentionNorm norm,
        long steps,
        long seed,
        String saveTo,
        String growFrom,
        int grownAttentionTokens,
        int grownFfnTokens) {

    /**
     * {@code from}'s TokenFormer grown to (attentionTokens, ffnTokens) and trained {@code steps}
     * more updates.
     */
    public static TokenFormerPoint grown(
            String label, TokenFormerPoint from, int attentionTokens, int ffnTokens, long steps) {
        return new TokenFormerPoint(
                label,
                false,
                attentionTokens,
                ffnTokens,
                from.norm(),
                steps,
                from.seed(),
                "",
                from.saveTo(),
                from.attentionTokens(),
                from.ffnTokens());
    }

    /** A TokenFormer or baseline trained from scratch, checkpointed to {@code saveTo}. */
    public static TokenFormerPoint scratch(
            String label,
            boolean transformer,
            int attentionTokens,
            int ffnTokens,
            PattentionNorm norm,
            long steps,
            long seed,
            String saveTo) {
        return new TokenFormerPoint(
                label,
                transformer,
                attentionTokens,
                ffnTokens,
                norm,
                steps,
                seed,
                saveTo,
                "",
                0,
                0);
    }
}
