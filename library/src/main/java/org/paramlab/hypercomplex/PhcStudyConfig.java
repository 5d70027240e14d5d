package org.paramlab.hypercomplex;

import java.util.Arrays;
import java.util.Objects;

/**
 * How {@link PhcImageStudy} trains every variant: the same network widths, budget, batch, schedule
 * and seeds, so that variants differ only in their convolutions.
 *
 * @param widths channel widths of the residual units (every n used must divide each)
 * @param epochs passes over the training images
 * @param batchSize images per update
 * @param learningRate peak AdamW rate (5 % warm-up, cosine decay to 1 %)
 * @param threads the engine's intra-op threads during the study (restored after): these small
 *     convolutions run faster on one thread, ten times faster on a 2-core machine whose other core
 *     is busy
 * @param display show each run's progress bar and loss chart
 */
public record PhcStudyConfig(
        int[] widths,
        int epochs,
        int batchSize,
        double learningRate,
        int threads,
        boolean display) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for an empty width list or a non-positive size or rate
     */
    public PhcStudyConfig {
        if (widths.length == 0
                || epochs < 1
                || batchSize < 1
                || threads < 1
                || !(learningRate > 0)) {
            throw new IllegalArgumentException(
                    "Need widths, epochs ≥ 1, batchSize ≥ 1, threads ≥ 1 and learningRate > 0");
        }
        widths = widths.clone();
    }

    /**
     * Spec 01: widths 12/24/48, 3 epochs, batches of 64; rate 1e-2 (better than 3e-3 for the real
     * network in a 200-update trial), one thread.
     */
    public static PhcStudyConfig defaults() {
        return new PhcStudyConfig(new int[] {12, 24, 48}, 3, 64, 1e-2, 1, false);
    }

    /** The widths (a copy). */
    @Override
    public int[] widths() {
        return widths.clone();
    }

    /** The fields, widths spelled out. */
    @Override
    public String toString() {
        return "PhcStudyConfig[widths="
                + Arrays.toString(widths)
                + ", epochs="
                + epochs
                + ", batchSize="
                + batchSize
                + ", learningRate="
                + learningRate
                + ", threads="
                + threads
                + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhcStudyConfig c
                && Arrays.equals(c.widths, widths)
                && c.epochs == epochs
                && c.batchSize == batchSize
                && c.learningRate == learningRate
                && c.threads == threads
                && c.display == display;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                Arrays.hashCode(widths), epochs, batchSize, learningRate, threads, display);
    }

    /** This config with {@code value} epochs. */
    public PhcStudyConfig withEpochs(int value) {
        return new PhcStudyConfig(widths, value, batchSize, learningRate, threads, display);
    }

    /** This config showing (or not) each run's progress. */
    public PhcStudyConfig withDisplay(boolean value) {
        return new PhcStudyConfig(widths, epochs, batchSize, learningRate, threads, value);
    }
}
