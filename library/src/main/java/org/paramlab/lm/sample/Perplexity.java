package org.paramlab.lm.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.lm.model.Decoder;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.GradMode;
import org.paramlab.train.Interrupts;
import org.paramlab.train.ParameterPaths;

/**
 * The mean negative log-likelihood of a token sequence under a decoder, and its perplexity e^NLL:
 * the ids are cut into non-overlapping windows of the context length (plus one label), each
 * predicted within its window, every token after the first counted once.
 *
 * @param nats mean −log p(token | its window's previous tokens), nats per token
 * @param tokens tokens scored
 */
public record Perplexity(double nats, long tokens) {

    /** e^nats. */
    public double perplexity() {
        return Math.exp(nats);
    }

    /** nats/ln 2, bits per token (per character for a character model). */
    public double bitsPerToken() {
        return nats / Math.log(2);
    }

    /** Windows scored per scoped sub-manager. */
    private static final int WINDOWS_PER_SCOPE = 16;

    /**
     * Scores {@code ids} in windows of the model's context.
     *
     * @throws IllegalArgumentException for fewer than two ids
     */
    public static Perplexity evaluate(Decoder model, int[] ids) {
        if (ids.length < 2) {
            throw new IllegalArgumentException(
                    "Perplexity needs at least two ids, found " + ids.length);
        }
        int t = model.config().contextLength();
        NDManager parent =
                ParameterPaths.of(model).values().iterator().next().getArray().getManager();
        double sum = 0;
        long count = 0;
        int start = 0;
        while (start < ids.length - 1) {
            Interrupts.check();
            try (NDManager manager = parent.newSubManager();
                    GradMode off = GradMode.disabled()) {
                for (int b = 0; b < WINDOWS_PER_SCOPE && start < ids.length - 1; b++) {
                    int length = Math.min(t, ids.length - 1 - start);
                    int[] x = java.util.Arrays.copyOfRange(ids, start, start + length);
                    int[] y = java.util.Arrays.copyOfRange(ids, start + 1, start + 1 + length);
                    NDArray logits = model.logits(manager.create(x, new Shape(1, length)));
                    double mean =
                            BatchMetric.crossEntropy()
                                    .evaluate(
                                            new NDList(logits),
                                            new NDList(manager.create(y, new Shape(1, length))))
                                    .getFloat();
                    sum += mean * length;
                    count += length;
                    start += length;
                }
            }
        }
        return new Perplexity(sum / count, count);
    }
}
