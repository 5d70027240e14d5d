package org.paramlab.lm.steplaw;

/**
 * What one grid run measured.
 *
 * @param nonEmbeddingParameters N of the model
 * @param trainedTokens D actually trained (whole updates of B·T tokens)
 * @param loss final validation loss, nats/char (NaN if it diverged)
 * @param trainLoss final training loss (last 5% of updates)
 * @param diverged whether the loss became NaN or infinite
 * @param seconds wall time
 */
public record StepLawRun(
        long nonEmbeddingParameters,
        long trainedTokens,
        double loss,
        double trainLoss,
        boolean diverged,
        double seconds) {}
