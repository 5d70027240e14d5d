package org.paramlab.lm.tokenformer;

import org.paramlab.train.MetricCurve;

/**
 * What one run measured.
 *
 * @param nonEmbeddingParameters N of the trained model
 * @param loss final validation loss, nats/char
 * @param trainLoss final training loss
 * @param flops training FLOPs of this run (per-layer count, 3 × forward)
 * @param validation validation loss against this run's training FLOPs
 * @param maxLogitChange for a grown model: max |Δlogit| between the checkpoint and the grown model
 *     on a validation batch before any training; NaN from scratch
 * @param seconds wall time
 */
public record TokenFormerRun(
        long nonEmbeddingParameters,
        double loss,
        double trainLoss,
        double flops,
        MetricCurve validation,
        double maxLogitChange,
        double seconds) {}
