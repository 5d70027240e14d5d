package org.paramlab.lm;

import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.TrainerConfig;

import java.util.Objects;

/**
 * One language-model training run: the model, the trainer's hyperparameters, the batch size and the
 * held-out evaluation. Sequences are the model's context length long, so a batch holds B·T tokens
 * and the token budget D sets the number of updates S = ⌈D/(B·T)⌉ ({@link #forTokens}).
 *
 * @param model the decoder
 * @param trainer updates, schedule, optimizer, clipping, evaluation cadence, seed
 * @param batchSize B, sequences per update
 * @param evalBatches held-out batches (of B sequences) per evaluation
 * @param dataSeed seed of the training windows' offsets
 */
public record LmRunConfig(
        DecoderConfig model, TrainerConfig trainer, int batchSize, int evalBatches, long dataSeed) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a batch size below 1 or negative evaluation batches
     */
    public LmRunConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(trainer, "trainer");
        if (batchSize < 1 || evalBatches < 0) {
            throw new IllegalArgumentException(
                    "Need batchSize ≥ 1 and evalBatches ≥ 0, found "
                            + batchSize
                            + " and "
                            + evalBatches);
        }
    }

    /**
     * A run of {@code model} over {@code tokens} training tokens in batches of {@code batchSize}
     * sequences, with {@code schedule}, AdamW (0.9, 0.95) with weight decay 0.1 on the hidden
     * matrices and readout ({@link Decoder#paramGroups}), clipping at 1, evaluation on 8 batches
     * every tenth of the run, seed 42.
     */
    public static LmRunConfig forTokens(
            DecoderConfig model, long tokens, int batchSize, LrSchedule schedule) {
        long steps =
                Math.max(
                        1,
                        (tokens + (long) batchSize * model.contextLength() - 1)
                                / ((long) batchSize * model.contextLength()));
        AdamWConfig optimizer =
                AdamWConfig.forLanguageModels().withGroups(Decoder.paramGroups(model, 0.1));
        TrainerConfig trainer =
                TrainerConfig.defaults()
                        .withSteps(steps)
                        .withSchedule(schedule)
                        .withOptimizer(optimizer)
                        .withEvalEvery((int) Math.max(1, steps / 10))
                        .withLogEvery((int) Math.max(1, steps / 200));
        return new LmRunConfig(model, trainer, batchSize, 8, 42);
    }

    /** Tokens per update, B·T. */
    public long tokensPerStep() {
        return (long) batchSize * model.contextLength();
    }

    /** The training tokens of the full schedule, S·B·T. */
    public long tokens() {
        return trainer.steps() * tokensPerStep();
    }

    /** This run with another model (the optimizer's groups are rebuilt for it). */
    public LmRunConfig withModel(DecoderConfig value) {
        return new LmRunConfig(
                value,
                trainer.withOptimizer(
                        trainer.optimizer()
                                .withGroups(
                                        Decoder.paramGroups(
                                                value, trainer.optimizer().weightDecay()))),
                batchSize,
                evalBatches,
                dataSeed);
    }

    /** This run with other trainer settings. */
    public LmRunConfig withTrainer(TrainerConfig value) {
        return new LmRunConfig(model, value, batchSize, evalBatches, dataSeed);
    }

    /** This run with another schedule. */
    public LmRunConfig withSchedule(LrSchedule value) {
        return withTrainer(trainer.withSchedule(value));
    }

    /** This run with another seed for both the weights and the data order. */
    public LmRunConfig withSeed(long value) {
        return new LmRunConfig(
                model.withSeed(value), trainer.withSeed(value), batchSize, evalBatches, value);
    }

    /** This run with the progress bar and live chart on or off. */
    public LmRunConfig withDisplay(boolean value) {
        return withTrainer(trainer.withDisplay(value));
    }
}
