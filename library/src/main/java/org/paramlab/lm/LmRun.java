package org.paramlab.lm;

import ai.djl.ndarray.NDManager;

import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.model.FlopCount;
import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.MetricCurve;
import org.paramlab.train.OptimizerState;
import org.paramlab.train.TrainResult;

/**
 * Trains a decoder on a token corpus: {@link #run} builds the model from the config, trains it and
 * returns only the measurements (the native memory is freed); {@link #train} trains a model the
 * caller keeps (to sample from it, grow it, or continue).
 *
 * <pre>{@code
 * var config = LmRunConfig.forTokens(DecoderConfig.gpt(v, 64, 128, 2, 4), 1_000_000, 32,
 *         LrSchedule.cosine(3e-3, 0.02, 0.1));
 * LmRunResult result = LmRun.run(config, corpus);
 * }</pre>
 */
public final class LmRun {
    private LmRun() {}

    /** Builds, trains and measures the run in its own manager. */
    public static LmRunResult run(LmRunConfig config, TokenCorpus corpus) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = Decoder.build(config.model(), manager);
            return summarize(config, train(model, config, corpus, null));
        }
    }

    /**
     * Trains {@code model} in place with the run's trainer settings (the model's own config is used
     * for the data), continuing from {@code state} if given.
     */
    public static TrainResult train(
            Decoder model, LmRunConfig config, TokenCorpus corpus, OptimizerState state) {
        LmBatches batches =
                new LmBatches(
                        corpus,
                        config.batchSize(),
                        model.config().contextLength(),
                        config.evalBatches(),
                        config.dataSeed());
        return new BlockTrainer(config.trainer(), BatchMetric.crossEntropy())
                .train(model, batches, state);
    }

    /** The measurements of a {@link TrainResult} of {@code config}. */
    public static LmRunResult summarize(LmRunConfig config, TrainResult result) {
        FlopCount count = FlopCount.of(config.model(), config.model().contextLength());
        double tokensPerStep = config.tokensPerStep();
        MetricCurve validation = result.heldOutLoss().scaleX(tokensPerStep);
        MetricCurve train = result.trainLoss().scaleX(tokensPerStep);
        return new LmRunResult(
                config,
                result.stopReason(),
                result.updates(),
                result.tokens(),
                result.finalTrainLoss(),
                result.finalLoss(),
                count.nonEmbeddingParameters(),
                6.0 * count.nonEmbeddingParameters() * result.tokens(),
                count.trainingFlops(result.tokens()),
                result.provenance().wallSeconds(),
                result.provenance().tokensPerSecond(),
                validation,
                train);
    }
}
