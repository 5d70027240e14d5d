package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Early stopping on a held-out metric for a {@link BlockTrainer}: after each held-out evaluation it
 * keeps a copy of the trainable parameters if the metric improved, and after {@code patience}
 * evaluations without improvement it stops the run; {@link #train} then puts the best parameters
 * back (Prechelt, "Early Stopping — But When?", Neural Networks: Tricks of the Trade, 1998).
 *
 * <pre>{@code
 * var stopping = new EarlyStopping("accuracy", true, 3);
 * EarlyStopping.Outcome out = stopping.train(trainer, model, batches);
 * out.best();   // the best held-out accuracy, whose parameters the model now holds
 * }</pre>
 *
 * <p>It stops the trainer through the trainer's own cooperative cancellation (the interrupt check
 * each update makes), so no other class changes; a user's interrupt is told apart and re-thrown.
 * The copies live on the Java heap, one float array per trainable parameter.
 */
public final class EarlyStopping implements TrainListener {
    private final String metric;
    private final boolean maximize;
    private final int patience;
    private Block model;
    private double best;
    private long bestUpdate;
    private int worse;
    private boolean stopRequested;
    private final Map<String, float[]> bestParameters = new LinkedHashMap<>();

    /**
     * Watches {@code metric} of the held-out evaluations.
     *
     * @param metric a name the trainer evaluates, e.g. {@code "accuracy"} or {@code "loss"}
     * @param maximize whether larger is better
     * @param patience evaluations without improvement before stopping; 0 never stops (only keeps
     *     the best)
     * @throws IllegalArgumentException if patience is negative
     */
    public EarlyStopping(String metric, boolean maximize, int patience) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be ≥ 0, got " + patience);
        }
        this.metric = Objects.requireNonNull(metric, "metric");
        this.maximize = maximize;
        this.patience = patience;
    }

    /**
     * What an early-stopped run gave.
     *
     * @param best the best held-out value seen (NaN if there was no evaluation)
     * @param bestUpdate the update after which it was seen
     * @param stoppedEarly whether patience ran out before the last scheduled update
     * @param result the trainer's result, or null when the run was stopped early
     */
    public record Outcome(double best, long bestUpdate, boolean stoppedEarly, TrainResult result) {}

    /**
     * Trains {@code model} with {@code trainer} plus this listener and leaves the best parameters
     * in it.
     *
     * @throws CancellationException if the user interrupted the cell
     */
    public Outcome train(BlockTrainer trainer, Block model, BatchSource data) {
        this.model = model;
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        bestUpdate = -1;
        worse = 0;
        stopRequested = false;
        bestParameters.clear();
        TrainResult result = null;
        try {
            result = trainer.withListener(this).train(model, data);
        } catch (CancellationException e) {
            if (!stopRequested) {
                throw e;
            }
        } finally {
            if (stopRequested) {
                Thread.interrupted(); // clear our own request
            }
        }
        restore();
        return new Outcome(bestUpdate < 0 ? Double.NaN : best, bestUpdate, result == null, result);
    }

    /** {@inheritDoc} */
    @Override
    public void onEvaluation(long update, long tokens, Map<String, Double> metrics) {
        Double value = metrics.get(metric);
        if (value == null) {
            throw new IllegalStateException(
                    "The trainer evaluates " + metrics.keySet() + ", not '" + metric + "'.");
        }
        boolean better = maximize ? value > best : value < best;
        if (better) {
            best = value;
            bestUpdate = update;
            worse = 0;
            snapshot();
        } else if (patience > 0 && ++worse >= patience) {
            stopRequested = true;
            Thread.currentThread().interrupt();
        }
    }

    private void snapshot() {
        bestParameters.clear();
        for (Map.Entry<String, Parameter> e : ParameterPaths.of(model).entrySet()) {
            if (e.getValue().requiresGradient()) {
                bestParameters.put(e.getKey(), e.getValue().getArray().toFloatArray());
            }
        }
    }

    private void restore() {
        Map<String, Parameter> params = ParameterPaths.of(model);
        for (Map.Entry<String, float[]> e : bestParameters.entrySet()) {
            NDArray array = params.get(e.getKey()).getArray();
            array.set(FloatBuffer.wrap(e.getValue()));
        }
    }
}
