package org.paramlab.peft.experiment;

/**
 * How every method of a comparison is trained: the same budget, batches, schedule shape, early
 * stopping and seed, so that methods differ only in what they train and their learning rate.
 *
 * @param steps updates per method
 * @param batchSize examples per update
 * @param warmupFraction share of the updates spent warming up linearly; then linear decay to 0
 * @param evalEvery evaluate dev accuracy every this many updates (and at the end)
 * @param patience dev evaluations without improvement before stopping; 0 never stops early
 * @param seed engine seed (adapter and head initialisation, dropout) and batch order
 * @param display show each run's progress bar and live loss chart
 */
public record FineTuneConfig(
        int steps,
        int batchSize,
        double warmupFraction,
        int evalEvery,
        int patience,
        long seed,
        boolean display) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive count or a fraction outside [0, 1)
     */
    public FineTuneConfig {
        if (steps < 1 || batchSize < 1 || evalEvery < 1 || patience < 0) {
            throw new IllegalArgumentException(
                    "Need steps, batchSize, evalEvery ≥ 1 and patience ≥ 0");
        }
        if (!(warmupFraction >= 0 && warmupFraction < 1)) {
            throw new IllegalArgumentException("warmupFraction must be in [0, 1)");
        }
    }

    /** 250 updates of 32, 10 % warm-up, dev every 50 updates, patience 3, seed 42. */
    public static FineTuneConfig defaults() {
        return new FineTuneConfig(250, 32, 0.1, 50, 3, 42, false);
    }

    /** This config with {@code value} updates. */
    public FineTuneConfig withSteps(int value) {
        return new FineTuneConfig(
                value, batchSize, warmupFraction, evalEvery, patience, seed, display);
    }

    /** This config with batches of {@code value}. */
    public FineTuneConfig withBatchSize(int value) {
        return new FineTuneConfig(steps, value, warmupFraction, evalEvery, patience, seed, display);
    }

    /** This config evaluating every {@code value} updates. */
    public FineTuneConfig withEvalEvery(int value) {
        return new FineTuneConfig(steps, batchSize, warmupFraction, value, patience, seed, display);
    }

    /** This config with another patience. */
    public FineTuneConfig withPatience(int value) {
        return new FineTuneConfig(
                steps, batchSize, warmupFraction, evalEvery, value, seed, display);
    }

    /** This config with another seed. */
    public FineTuneConfig withSeed(long value) {
        return new FineTuneConfig(
                steps, batchSize, warmupFraction, evalEvery, patience, value, display);
    }

    /** This config showing (or not) each run's progress. */
    public FineTuneConfig withDisplay(boolean value) {
        return new FineTuneConfig(
                steps, batchSize, warmupFraction, evalEvery, patience, seed, value);
    }
}
