package org.paramlab.lm.power;

/**
 * What one run measured.
 *
 * @param loss final validation loss, nats/char (NaN if diverged)
 * @param trainLoss final training loss
 * @param trainedTokens tokens trained
 * @param diverged whether the loss became NaN or infinite
 * @param seconds wall time
 */
public record PowerRun(
        double loss, double trainLoss, long trainedTokens, boolean diverged, double seconds) {}
