package org.paramlab.peft.experiment;

import ai.djl.ndarray.NDManager;

import org.paramlab.train.BatchSource;
import org.paramlab.train.TrainBatch;

/**
 * A classification task as batches: training batches and development ({@code heldOut}) batches for
 * the trainer, test batches for the final score.
 */
public interface ClassifierData extends BatchSource {
    /** The task's name. */
    String name();

    /** Number of classes. */
    int numClasses();

    /** Number of test batches. */
    int testBatches();

    /** Test batch {@code index} in {@code manager}. */
    TrainBatch testBatch(NDManager manager, int index);
}
