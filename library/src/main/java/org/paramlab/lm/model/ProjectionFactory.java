package org.paramlab.lm.model;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;

/**
 * Makes the projections of attention and feed-forward layers: dense linear maps, or TokenFormer's
 * {@link Pattention} layers. A strategy rather than a flag, so {@link CausalSelfAttention} does not
 * know which it holds.
 */
@FunctionalInterface
public interface ProjectionFactory {

    /** A block mapping (…, d_in) to (…, {@code outputs}); d_in is fixed at initialisation. */
    Block create(int outputs);

    /** Bias-free linear maps y = x·Wᵀ, W (outputs, d_in) (as LLaMA and OpenELM). */
    static ProjectionFactory dense() {
        return outputs -> Linear.builder().setUnits(outputs).optBias(false).build();
    }

    /** Pattention layers with {@code tokens} parameter tokens, norm Θ and scale τ (0: √tokens). */
    static ProjectionFactory pattention(int tokens, PattentionNorm norm, double tau) {
        return outputs ->
                Pattention.builder()
                        .setTokens(tokens)
                        .setOutputs(outputs)
                        .optNorm(norm)
                        .optTau(tau)
                        .build();
    }
}
