package org.paramlab.lm;

import org.paramlab.train.MetricCurve;
import org.paramlab.train.StopReason;

/**
 * What one language-model run measured, small enough to write to disk per run of a sweep.
 *
 * @param config the run
 * @param stopReason completed, out of budget, or diverged
 * @param updates updates taken
 * @param tokens training tokens seen, D
 * @param trainLoss mean training loss (nats/token) over the last 5% of recorded updates
 * @param validationLoss held-out loss (nats/token) after the last update; NaN if diverged
 * @param nonEmbeddingParameters N
 * @param flops6ND 6·N·D
 * @param flops training FLOPs by the per-layer count (3 × forward, attention and readout included)
 * @param seconds wall time of the run
 * @param tokensPerSecond training throughput
 * @param validationCurve held-out loss against tokens seen
 * @param trainCurve training loss against tokens seen
 */
public record LmRunResult(
        LmRunConfig config,
        StopReason stopReason,
        long updates,
        long tokens,
        double trainLoss,
        double validationLoss,
        long nonEmbeddingParameters,
        double flops6ND,
        double flops,
        double seconds,
        double tokensPerSecond,
        MetricCurve validationCurve,
        MetricCurve trainCurve) {

    /** Held-out perplexity e^loss. */
    public double validationPerplexity() {
        return Math.exp(validationLoss);
    }

    /** Whether the loss became NaN or infinite. */
    public boolean diverged() {
        return stopReason == StopReason.DIVERGED;
    }
}
