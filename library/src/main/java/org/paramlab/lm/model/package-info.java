/**
 * A decoder-only transformer as DJL blocks, with the options the scaling papers vary.
 *
 * <p>Start with {@link org.paramlab.lm.model.DecoderConfig} ({@code gpt}, {@code llama}, {@code
 * openElm}, {@code tokenFormer}) and {@link org.paramlab.lm.model.Decoder#build}. Parts: {@link
 * org.paramlab.lm.model.RmsNorm}, {@link org.paramlab.lm.model.Rope}, {@link
 * org.paramlab.lm.model.CausalSelfAttention} (grouped-query, key/value cache), {@link
 * org.paramlab.lm.model.FeedForward} (GELU, SwiGLU), {@link org.paramlab.lm.model.Pattention}
 * (TokenFormer) with {@link org.paramlab.lm.model.Growth}; {@link org.paramlab.lm.model.FlopCount}
 * counts non-embedding parameters and FLOPs per layer; {@link
 * org.paramlab.lm.model.Decoder#paramGroups} gives μP's and per-layer learning-rate multipliers.
 */
package org.paramlab.lm.model;
