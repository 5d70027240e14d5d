package org.paramlab.train;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link BlockTrainer} run produced: why it stopped, how far it got, its curves and final
 * metrics, and its provenance. The model itself was trained in place; this record holds no native
 * memory.
 *
 * @param config the trainer's hyperparameters
 * @param stopReason why the run ended
 * @param updates updates taken
 * @param tokens tokens (or examples) trained on
 * @param finalTrainLoss mean training loss over the last 5% of the recorded updates (at least one)
 * @param finalMetrics held-out metrics after the last update ({@code loss} and any others); empty
 *     without held-out batches
 * @param trainLoss training loss per recorded update (x: update number from 1)
 * @param learningRate scheduled η per recorded update
 * @param gradNorm global gradient norm before clipping per recorded update
 * @param tokensSeen tokens trained after each recorded update
 * @param heldOut each held-out metric per evaluation (x: update number), {@code loss} first
 * @param optimizerState the optimizer's final moments if {@link
 *     TrainerConfig#keepOptimizerState()}, else null
 * @param provenance where and how the run happened
 */
public record TrainResult(
        TrainerConfig config,
        StopReason stopReason,
        long updates,
        long tokens,
        double finalTrainLoss,
        Map<String, Double> finalMetrics,
        MetricCurve trainLoss,
        MetricCurve learningRate,
        MetricCurve gradNorm,
        MetricCurve tokensSeen,
        Map<String, MetricCurve> heldOut,
        OptimizerState optimizerState,
        TrainProvenance provenance) {

    /** The name of the held-out loss in {@link #finalMetrics()} and {@link #heldOut()}. */
    public static final String LOSS = "loss";

    /** Copies the maps. */
    public TrainResult {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(stopReason, "stopReason");
        finalMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(finalMetrics));
        heldOut = Collections.unmodifiableMap(new LinkedHashMap<>(heldOut));
    }

    /** The held-out loss after the last update, NaN without held-out batches or if diverged. */
    public double finalLoss() {
        return finalMetrics.getOrDefault(LOSS, Double.NaN);
    }

    /** The held-out loss curve (x: update number); empty without held-out batches. */
    public MetricCurve heldOutLoss() {
        return heldOut.getOrDefault(LOSS, new MetricCurve(LOSS, new double[0], new double[0]));
    }

    /** Whether the loss became NaN or infinite. */
    public boolean diverged() {
        return stopReason == StopReason.DIVERGED;
    }

    /**
     * The recorded updates as a table: update, tokens, train loss, learning rate, gradient norm.
     */
    public Table curves() {
        return Table.create("training curves")
                .addColumns(
                        DoubleColumn.create("update", trainLoss.x()),
                        DoubleColumn.create("tokens", tokensSeen.y()),
                        DoubleColumn.create("train loss", trainLoss.y()),
                        DoubleColumn.create("learning rate", learningRate.y()),
                        DoubleColumn.create("grad norm", gradNorm.y()));
    }

    /** {@inheritDoc} */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "TrainResult[%s after %d updates, %d tokens, train loss %.4f, held-out %s]",
                stopReason,
                updates,
                tokens,
                finalTrainLoss,
                finalMetrics);
    }
}
