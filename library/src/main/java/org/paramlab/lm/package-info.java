/**
 * Small decoder-only language models on the King James Bible and the scaling-law experiments around
 * them.
 *
 * <p>Start with {@link org.paramlab.lm.LmRun}: {@code LmRun.run(LmRunConfig.forTokens(model,
 * tokens, batch, schedule), corpus)} builds a {@link org.paramlab.lm.model.Decoder}, trains it with
 * {@link org.paramlab.train.BlockTrainer} on {@link org.paramlab.lm.LmBatches} and returns an
 * {@link org.paramlab.lm.LmRunResult} (losses, N, 6ND and per-layer FLOPs, curves).
 *
 * <ul>
 *   <li>{@code lm.model}: the decoder as DJL blocks (LayerNorm/RMSNorm, learned/rotary positions,
 *       GELU/SwiGLU, multi-head/grouped-query attention, per-layer widths, μP, TokenFormer's
 *       Pattention and growth), FLOP accounting.
 *   <li>{@code lm.text}: character and word tokenizers (save/load), corpora and the KJV split.
 *   <li>{@code lm.sample}: sampling with a key/value cache, perplexity.
 *   <li>{@code lm.fit}: power laws, log-linear regressions with bootstrap intervals, parabolas in
 *       log learning rate.
 *   <li>{@code lm.steplaw}, {@code lm.power}, {@code lm.openelm}, {@code lm.tokenformer}: the
 *       notebooks' experiments (papers 17, 45, 16, 44).
 * </ul>
 *
 * <p>Sweeps over configurations run with {@link org.paramlab.train.sweep.SweepRunner}.
 */
package org.paramlab.lm;
