package org.paramlab.train;

import java.util.Objects;

/**
 * The hyperparameters of a {@link BlockTrainer}: how many updates, the learning-rate schedule, the
 * optimizer, clipping, how often to evaluate and checkpoint, the seed and whether to show progress.
 *
 * <p>Defaults ({@link #defaults()}): 1,000 updates, no token budget, cosine schedule with peak
 * 1e-3, 5% warm-up and floor 0.1, PyTorch's AdamW defaults, clipping at global norm 1.0 (GPT-2 and
 * most LM recipes), evaluation every 100 updates and at the end, loss recorded every update, seed
 * 42, no display, no checkpoints.
 *
 * @param steps S, the number of updates the schedule spans, ≥ 1
 * @param tokenBudget stop once this many tokens (or examples) were trained; 0 for no budget
 * @param schedule the learning-rate schedule over the S updates
 * @param optimizer AdamW's hyperparameters and parameter groups
 * @param maxGradNorm clip the global gradient norm to this; 0 for no clipping
 * @param evalEvery evaluate on the held-out batches every this many updates (and after the last); 0
 *     for only after the last
 * @param logEvery record the training loss, rate and gradient norm every this many updates, ≥ 1
 * @param seed the engine's random seed, set before training
 * @param display show a progress bar and a live loss chart in the notebook
 * @param checkpointDir directory to write checkpoints to and resume from; empty for none
 * @param checkpointEvery write a checkpoint every this many updates (and after the last); 0 for
 *     only after the last
 * @param keepOptimizerState put the optimizer's final moments in the result (to continue training
 *     or grow the model)
 */
public record TrainerConfig(
        long steps,
        long tokenBudget,
        LrSchedule schedule,
        AdamWConfig optimizer,
        double maxGradNorm,
        int evalEvery,
        int logEvery,
        long seed,
        boolean display,
        String checkpointDir,
        int checkpointEvery,
        boolean keepOptimizerState) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field, the value found and a fix
     */
    public TrainerConfig {
        if (steps < 1) {
            throw new IllegalArgumentException(
                    "A run needs at least one update, found steps = " + steps);
        }
        if (tokenBudget < 0) {
            throw new IllegalArgumentException(
                    "tokenBudget must be ≥ 0 (0 for none), found " + tokenBudget);
        }
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(maxGradNorm >= 0)) {
            throw new IllegalArgumentException(
                    "maxGradNorm must be ≥ 0 (0 for no clipping), found " + maxGradNorm);
        }
        if (evalEvery < 0 || checkpointEvery < 0) {
            throw new IllegalArgumentException(
                    "evalEvery and checkpointEvery must be ≥ 0 (0: only after the last update),"
                            + " found "
                            + evalEvery
                            + " and "
                            + checkpointEvery);
        }
        if (logEvery < 1) {
            throw new IllegalArgumentException("logEvery must be ≥ 1, found " + logEvery);
        }
        checkpointDir = checkpointDir == null ? "" : checkpointDir;
    }

    /** The defaults listed in the type's Javadoc. */
    public static TrainerConfig defaults() {
        return new TrainerConfig(
                1_000,
                0,
                LrSchedule.cosine(1e-3, 0.05, 0.1),
                AdamWConfig.defaults(),
                1.0,
                100,
                1,
                42,
                false,
                "",
                0,
                false);
    }

    /** This config with {@code value} updates. */
    public TrainerConfig withSteps(long value) {
        return new TrainerConfig(
                value,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config with a token budget (0 for none). */
    public TrainerConfig withTokenBudget(long value) {
        return new TrainerConfig(
                steps,
                value,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config with another schedule. */
    public TrainerConfig withSchedule(LrSchedule value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                value,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config with other optimizer settings. */
    public TrainerConfig withOptimizer(AdamWConfig value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                value,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config with another clipping threshold (0 for none). */
    public TrainerConfig withMaxGradNorm(double value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                value,
                evalEvery,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config evaluating every {@code value} updates (0: only at the end). */
    public TrainerConfig withEvalEvery(int value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                value,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config recording the loss every {@code value} updates. */
    public TrainerConfig withLogEvery(int value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                value,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config with another seed. */
    public TrainerConfig withSeed(long value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                value,
                display,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config with the progress bar and live chart on or off. */
    public TrainerConfig withDisplay(boolean value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                value,
                checkpointDir,
                checkpointEvery,
                keepOptimizerState);
    }

    /** This config checkpointing to {@code dir} every {@code every} updates (0: at the end). */
    public TrainerConfig withCheckpoints(String dir, int every) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                display,
                dir,
                every,
                keepOptimizerState);
    }

    /** This config keeping (or not) the optimizer's final state in the result. */
    public TrainerConfig withKeepOptimizerState(boolean value) {
        return new TrainerConfig(
                steps,
                tokenBudget,
                schedule,
                optimizer,
                maxGradNorm,
                evalEvery,
                logEvery,
                seed,
                display,
                checkpointDir,
                checkpointEvery,
                value);
    }
}
