package org.paramlab.train;

import java.util.Map;

/**
 * Hears a {@link BlockTrainer}'s progress, e.g. to log to a file or stop early from outside.
 * Methods run on the training thread between updates; keep them short.
 */
public interface TrainListener {

    /**
     * After update {@code update} (numbered from 1).
     *
     * @param tokens tokens (or examples) seen so far
     * @param loss the training loss of the update's batch
     * @param learningRate the scheduled η of the update (before group multipliers)
     * @param gradNorm the global gradient norm before clipping
     */
    default void onUpdate(
            long update, long tokens, double loss, double learningRate, double gradNorm) {}

    /** After a held-out evaluation following update {@code update}. */
    default void onEvaluation(long update, long tokens, Map<String, Double> metrics) {}
}
