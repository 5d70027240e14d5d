package org.paramlab.train;

import ai.djl.ndarray.NDList;

import java.util.Objects;

/**
 * One batch: the model's inputs, the labels its loss compares against, and how many units of data
 * it holds for budgets and throughput (tokens for a language model, examples for a classifier). Its
 * arrays belong to the manager the {@link BatchSource} was given.
 *
 * @param inputs what {@code model.forward} receives, e.g. token ids (B, T)
 * @param labels what the loss receives beside the predictions, e.g. next tokens (B, T)
 * @param tokens units of data in the batch, ≥ 1 (B·T tokens, or B examples)
 */
public record TrainBatch(NDList inputs, NDList labels, long tokens) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if tokens &lt; 1
     */
    public TrainBatch {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(labels, "labels");
        if (tokens < 1) {
            throw new IllegalArgumentException(
                    "A batch must count at least one token or example, found " + tokens);
        }
    }
}
