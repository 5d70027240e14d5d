package org.paramlab.train;

import ai.djl.ndarray.NDManager;

/**
 * Where {@link BlockTrainer} gets its batches: a training batch per update, and a fixed list of
 * held-out batches for evaluation.
 *
 * <p>Training batches are a function of the update number, not of how many were drawn before, so a
 * run resumed from a checkpoint at update s sees the same batches as one that never stopped.
 * Held-out batches must be the same every time they are asked for, so evaluations are comparable
 * across updates and runs.
 */
public interface BatchSource {

    /**
     * The training batch of update {@code step}, its arrays created in {@code manager}.
     *
     * @param manager a short-lived manager, closed after the update
     * @param step the update number, from 0
     */
    TrainBatch trainBatch(NDManager manager, long step);

    /** The number of held-out batches; 0 means no held-out evaluation. */
    default int heldOutBatches() {
        return 0;
    }

    /**
     * Held-out batch {@code index}, its arrays created in {@code manager}.
     *
     * @throws IndexOutOfBoundsException unless 0 ≤ index &lt; {@link #heldOutBatches()}
     */
    default TrainBatch heldOutBatch(NDManager manager, int index) {
        throw new IndexOutOfBoundsException(
                "This batch source has no held-out batches (asked for " + index + ").");
    }
}
