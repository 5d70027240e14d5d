package org.paramlab.lm.openelm;

import org.paramlab.lm.model.DecoderConfig;

/**
 * One run of the layer-wise scaling comparison.
 *
 * @param architecture {@code isotropic} or {@code layer-wise}
 * @param model the decoder
 * @param tokens D, training tokens
 * @param batch B, sequences per update
 * @param lr peak learning rate of the cosine schedule
 * @param seed seed of weights and data order
 */
public record OpenElmPoint(
        String architecture, DecoderConfig model, long tokens, int batch, double lr, long seed) {}
