package org.paramlab.lm.openelm;

import org.paramlab.train.MetricCurve;

/**
 * What one run measured.
 *
 * @param nonEmbeddingParameters N
 * @param loss final validation loss, nats/char
 * @param trainLoss final training loss
 * @param validation validation loss against tokens seen
 * @param seconds wall time
 */
public record OpenElmRun(
        long nonEmbeddingParameters,
        double loss,
        double trainLoss,
        MetricCurve validation,
        double seconds) {}
