package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;

/**
 * A per-batch mean, used as the training loss or a held-out metric: it maps the model's predictions
 * and the batch's labels to a scalar. Held-out metrics are averaged over batches weighted by {@link
 * TrainBatch#tokens()}.
 */
@FunctionalInterface
public interface BatchMetric {

    /** The batch mean as a scalar array (differentiable when used as the training loss). */
    NDArray evaluate(NDList predictions, NDList labels);

    /**
     * Mean softmax cross-entropy −log softmax(z)_y of integer labels: predictions' head holds
     * logits (…, C), labels' head the class indices (…) of the same leading shape. For a language
     * model: logits (B, T, V) and next tokens (B, T), giving nats per token.
     */
    static BatchMetric crossEntropy() {
        return (predictions, labels) -> {
            NDArray logits = predictions.head();
            NDArray y = labels.head().toType(DataType.INT64, false).expandDims(-1); // (…, 1)
            NDArray logProb = logits.logSoftmax(-1).gather(y, -1); // (…, 1)
            return logProb.mean().neg();
        };
    }

    /** Fraction of positions whose arg-max prediction equals the integer label. */
    static BatchMetric accuracy() {
        return (predictions, labels) -> {
            NDArray guess = predictions.head().argMax(-1).toType(DataType.INT64, false);
            NDArray y = labels.head().toType(DataType.INT64, false);
            return guess.eq(y).toType(DataType.FLOAT32, false).mean();
        };
    }
}
