package org.paramlab.peft.flora;

/**
 * How {@link FloraStudy} trains every method: the same epochs, batch, schedule shape (10 % linear
 * warm-up, linear decay to 0, AdamW, clipping at 1) and engine threads.
 *
 * @param epochs passes over the downstream training images
 * @param batchSize images per update
 * @param threads the engine's intra-op threads during the study (restored after); small
 *     convolutions run faster on one
 * @param display show each run's progress bar and loss chart
 */
public record FloraStudyConfig(int epochs, int batchSize, int threads, boolean display) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive count
     */
    public FloraStudyConfig {
        if (epochs < 1 || batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("Need epochs, batchSize and threads ≥ 1");
        }
    }

    /** 2 epochs, batches of 64, one thread. */
    public static FloraStudyConfig defaults() {
        return new FloraStudyConfig(2, 64, 1, false);
    }

    /** This config with {@code value} epochs. */
    public FloraStudyConfig withEpochs(int value) {
        return new FloraStudyConfig(value, batchSize, threads, display);
    }
}
