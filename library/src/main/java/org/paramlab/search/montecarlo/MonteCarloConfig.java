package org.paramlab.search.montecarlo;

/**
 * How a Monte Carlo experiment is cut and run.
 *
 * @param runs the number of independent runs
 * @param seed the seed every stream derives from
 * @param threads worker threads (results do not depend on it)
 * @param blockSize runs per block, the unit of work and of random streams (results do depend on it:
 *     keep it fixed when comparing runs)
 * @param label the progress bar's label, or empty for no progress bar
 */
public record MonteCarloConfig(long runs, long seed, int threads, int blockSize, String label) {
    /** Runs per block when none is given. */
    public static final int DEFAULT_BLOCK_SIZE = 4096;

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if runs is negative, or threads or blockSize is below 1
     */
    public MonteCarloConfig {
        if (runs < 0) {
            throw new IllegalArgumentException(
                    "runs must be >= 0, found " + runs + "; use the number of simulations wanted.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException(
                    "threads must be >= 1, found "
                            + threads
                            + "; use Runtime.getRuntime().availableProcessors() for all cores.");
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1, found " + blockSize + ".");
        }
        label = label == null ? "" : label;
    }

    /** {@code runs} runs from {@code seed} on every core, blocks of 4096, no progress bar. */
    public static MonteCarloConfig of(long runs, long seed) {
        return new MonteCarloConfig(
                runs, seed, Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE, "");
    }

    /** This config on another number of threads. */
    public MonteCarloConfig withThreads(int value) {
        return new MonteCarloConfig(runs, seed, value, blockSize, label);
    }

    /** This config with another block size. */
    public MonteCarloConfig withBlockSize(int value) {
        return new MonteCarloConfig(runs, seed, threads, value, label);
    }

    /** This config with another seed. */
    public MonteCarloConfig withSeed(long value) {
        return new MonteCarloConfig(runs, value, threads, blockSize, label);
    }

    /** This config with another number of runs. */
    public MonteCarloConfig withRuns(long value) {
        return new MonteCarloConfig(value, seed, threads, blockSize, label);
    }

    /** This config showing a progress bar labelled {@code value}. */
    public MonteCarloConfig withProgress(String value) {
        return new MonteCarloConfig(runs, seed, threads, blockSize, value);
    }

    /** The number of blocks, ⌈runs / blockSize⌉. */
    public long blocks() {
        return (runs + blockSize - 1) / blockSize;
    }
}
