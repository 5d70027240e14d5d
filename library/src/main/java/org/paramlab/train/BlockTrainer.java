package org.paramlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

import org.paramlab.repro.RunEnvironment;
import org.paramlab.viz.Charts;
import org.paramlab.viz.LiveChart;
import org.paramlab.viz.ProgressBar;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Trains any initialised DJL block by minibatch gradient descent with {@link AdamW}: it owns the
 * loop, the optimizer, the schedule, clipping, held-out evaluation, checkpoints, the notebook's
 * progress bar and live loss chart, interrupt checks and listeners, and returns an immutable {@link
 * TrainResult}. Its hyperparameters are a {@link TrainerConfig}; its one verb is {@link #train}.
 *
 * <pre>{@code
 * var trainer = new BlockTrainer(
 *         TrainerConfig.defaults().withSteps(2_000).withSchedule(LrSchedule.cosine(3e-3, 0.05, 0.1)),
 *         BatchMetric.crossEntropy())
 *     .withMetric("accuracy", BatchMetric.accuracy());
 * TrainResult result = trainer.train(model, batches);
 * result.finalLoss();
 * }</pre>
 *
 * <p>Each update runs in an {@link NDScope} and a sub-manager of the model's manager, so every
 * temporary (batch, activations, gradients' handles) is freed before the next; the model's and the
 * optimizer's arrays are the only ones that persist. Blocks trained here must not multiply by a
 * Java number where gradients flow ({@code x.mul(2f)}): DJL frees that constant's buffer while
 * autograd still needs it; use {@link HostArrays#times}. A NaN or infinite loss or gradient stops
 * the run with {@link StopReason#DIVERGED} before the bad update is applied, so the model keeps its
 * last finite weights. An interrupt (Jupyter's stop button) ends the run with a {@link
 * CancellationException}, after writing a checkpoint if checkpoints are configured; training again
 * with the same config resumes from it.
 */
public final class BlockTrainer {
    private static final double FINAL_FRACTION = 0.05;

    private final TrainerConfig config;
    private final BatchMetric loss;
    private final Map<String, BatchMetric> metrics;
    private final List<TrainListener> listeners;
    private int invocations;

    /**
     * A trainer minimising {@code loss} with the given hyperparameters.
     *
     * @param loss the training objective, e.g. {@link BatchMetric#crossEntropy()}; also evaluated
     *     on the held-out batches as {@link TrainResult#LOSS}
     */
    public BlockTrainer(TrainerConfig config, BatchMetric loss) {
        this(config, loss, Map.of(), List.of());
    }

    private BlockTrainer(
            TrainerConfig config,
            BatchMetric loss,
            Map<String, BatchMetric> metrics,
            List<TrainListener> listeners) {
        this.config = Objects.requireNonNull(config, "config");
        this.loss = Objects.requireNonNull(loss, "loss");
        this.metrics = Map.copyOf(metrics);
        this.listeners = List.copyOf(listeners);
    }

    /** This trainer also evaluating {@code metric} on the held-out batches. */
    public BlockTrainer withMetric(String name, BatchMetric metric) {
        if (TrainResult.LOSS.equals(name)) {
            throw new IllegalArgumentException(
                    "'" + TrainResult.LOSS + "' is the training loss's name; choose another.");
        }
        Map<String, BatchMetric> map = new LinkedHashMap<>(metrics);
        map.put(name, metric);
        return new BlockTrainer(config, loss, map, listeners);
    }

    /** This trainer notifying {@code listener} after every update and evaluation. */
    public BlockTrainer withListener(TrainListener listener) {
        List<TrainListener> list = new ArrayList<>(listeners);
        list.add(Objects.requireNonNull(listener, "listener"));
        return new BlockTrainer(config, loss, metrics, list);
    }

    /** The hyperparameters. */
    public TrainerConfig config() {
        return config;
    }

    /** How many times {@link #train} was called. */
    public int invocations() {
        return invocations;
    }

    /**
     * Trains {@code model} in place from fresh optimizer state.
     *
     * @throws IllegalStateException if the model is not initialised
     * @throws CancellationException if the user interrupts the cell
     */
    public TrainResult train(Block model, BatchSource data) {
        return train(model, data, null);
    }

    /**
     * Trains {@code model} in place, continuing the optimizer from {@code state} (e.g. the state of
     * a smaller model this one grew from). A checkpoint in {@link TrainerConfig#checkpointDir()}
     * takes precedence: the run resumes from it.
     *
     * @param state optimizer moments to start from, or null for zeros
     * @throws IllegalStateException if the model is not initialised
     * @throws CancellationException if the user interrupts the cell
     */
    public TrainResult train(Block model, BatchSource data, OptimizerState state) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        int invocation = invocations++;
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        NDManager manager = managerOf(model);
        Engine engine = manager.getEngine();
        engine.setRandomSeed((int) config.seed());

        TrainingProgress progress = new TrainingProgress();
        Path checkpointDir =
                config.checkpointDir().isEmpty() ? null : Path.of(config.checkpointDir());
        OptimizerState initial = state;
        long resumedFrom = 0;
        if (checkpointDir != null && Checkpoint.exists(checkpointDir)) {
            initial = Checkpoint.load(checkpointDir, model);
            progress = Checkpoint.loadProgress(checkpointDir);
            resumedFrom = progress.updates;
        }

        StopReason stop;
        OptimizerState finalState = null;
        ParameterStore store = new ParameterStore(manager, false);
        try (AdamW adam = new AdamW(config.optimizer(), model, initial);
                Display display = Display.open(config, progress)) {
            try {
                stop = loop(model, data, store, progress, adam, display, checkpointDir);
            } catch (CancellationException interrupted) {
                if (checkpointDir != null) {
                    Checkpoint.save(checkpointDir, model, adam.snapshot(), progress);
                }
                throw interrupted;
            }
            if (stop != StopReason.DIVERGED && !progress.evaluatedAt(progress.updates)) {
                evaluate(model, data, store, progress, display);
            }
            if (checkpointDir != null) {
                Checkpoint.save(checkpointDir, model, adam.snapshot(), progress);
            }
            if (config.keepOptimizerState()) {
                finalState = adam.snapshot();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return result(
                model, progress, stop, finalState, invocation, startedAt, seconds, resumedFrom);
    }

    /** The updates from where {@code progress} stands to the end, the budget or a divergence. */
    private StopReason loop(
            Block model,
            BatchSource data,
            ParameterStore store,
            TrainingProgress progress,
            AdamW adam,
            Display display,
            Path checkpointDir) {
        NDManager manager = store.getManager();
        StopReason stop = StopReason.COMPLETED;
        while (progress.updates < config.steps()) {
            long step = progress.updates;
            double rate = config.schedule().rate(step, config.steps());
            double batchLoss;
            double norm;
            try (NDScope scope = new NDScope();
                    NDManager sub = manager.newSubManager()) {
                scope.suppressNotUsedWarning();
                TrainBatch batch = data.trainBatch(sub, step);
                try (Backprop tape = Backprop.start()) {
                    NDList predictions = model.forward(store, batch.inputs(), true);
                    NDArray value = loss.evaluate(predictions, batch.labels());
                    batchLoss = value.getFloat();
                    if (!Double.isFinite(batchLoss)) {
                        stop = StopReason.DIVERGED;
                        break;
                    }
                    tape.backward(value);
                }
                norm = adam.step(rate, config.maxGradNorm());
                if (!Double.isFinite(norm)) {
                    stop = StopReason.DIVERGED; // the update was not applied
                    break;
                }
                progress.tokens += batch.tokens();
            }
            progress.updates++;
            long update = progress.updates;
            boolean last = update == config.steps();
            if (update % config.logEvery() == 0 || last || update == 1) {
                progress.recordUpdate(batchLoss, rate, norm);
            }
            for (TrainListener l : listeners) {
                l.onUpdate(update, progress.tokens, batchLoss, rate, norm);
            }
            boolean outOfBudget =
                    config.tokenBudget() > 0 && progress.tokens >= config.tokenBudget();
            if (config.evalEvery() > 0 && update % config.evalEvery() == 0 && !last) {
                evaluate(model, data, store, progress, display);
            }
            if (checkpointDir != null
                    && config.checkpointEvery() > 0
                    && update % config.checkpointEvery() == 0
                    && !last) {
                Checkpoint.save(checkpointDir, model, adam.snapshot(), progress);
            }
            display.update(update, batchLoss, rate); // checks for an interrupt
            if (outOfBudget) {
                stop = last ? StopReason.COMPLETED : StopReason.TOKEN_BUDGET;
                break;
            }
        }
        return stop;
    }

    private void evaluate(
            Block model,
            BatchSource data,
            ParameterStore store,
            TrainingProgress progress,
            Display display) {
        int batches = data.heldOutBatches();
        if (batches == 0) {
            return;
        }
        Map<String, Double> sums = new LinkedHashMap<>();
        double weight = 0;
        NDManager manager = store.getManager();
        for (int i = 0; i < batches; i++) {
            try (NDScope scope = new NDScope();
                    NDManager sub = manager.newSubManager();
                    GradMode off = GradMode.disabled()) {
                scope.suppressNotUsedWarning();
                TrainBatch batch = data.heldOutBatch(sub, i);
                NDList predictions = model.forward(store, batch.inputs(), false);
                double w = batch.tokens();
                weight += w;
                sums.merge(
                        TrainResult.LOSS,
                        w * loss.evaluate(predictions, batch.labels()).getFloat(),
                        Double::sum);
                for (Map.Entry<String, BatchMetric> m : metrics.entrySet()) {
                    double value = m.getValue().evaluate(predictions, batch.labels()).getFloat();
                    sums.merge(m.getKey(), w * value, Double::sum);
                }
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            means.put(e.getKey(), e.getValue() / weight);
        }
        progress.recordEvaluation(means);
        display.evaluation(progress.updates, means.get(TrainResult.LOSS));
        for (TrainListener l : listeners) {
            l.onEvaluation(progress.updates, progress.tokens, means);
        }
    }

    private TrainResult result(
            Block model,
            TrainingProgress progress,
            StopReason stop,
            OptimizerState state,
            int invocation,
            Instant startedAt,
            double seconds,
            long resumedFrom) {
        MetricCurve trainLoss = progress.curve("train loss", progress.loss);
        int tail = (int) Math.ceil(FINAL_FRACTION * trainLoss.size());
        Map<String, Double> finalMetrics = new LinkedHashMap<>();
        if (stop != StopReason.DIVERGED) {
            for (Map.Entry<String, MetricCurve> e : progress.heldOut().entrySet()) {
                finalMetrics.put(e.getKey(), e.getValue().last());
            }
        } else {
            finalMetrics.put(TrainResult.LOSS, Double.NaN);
        }
        TrainProvenance provenance =
                new TrainProvenance(
                        getClass().getName(),
                        invocation,
                        config.seed(),
                        startedAt.toString(),
                        seconds,
                        seconds > 0 ? progress.tokens / seconds : 0,
                        ParameterPaths.count(model),
                        ParameterPaths.countTrainable(model),
                        resumedFrom,
                        RunEnvironment.current());
        return new TrainResult(
                config,
                stop,
                progress.updates,
                progress.tokens,
                stop == StopReason.DIVERGED ? Double.NaN : trainLoss.meanOfLast(tail),
                finalMetrics,
                trainLoss,
                progress.curve("learning rate", progress.rate),
                progress.curve("grad norm", progress.norm),
                progress.curve("tokens", progress.seen),
                progress.heldOut(),
                state,
                provenance);
    }

    /** The manager of the model's first initialised parameter. */
    static NDManager managerOf(Block model) {
        for (Map.Entry<String, Parameter> e : ParameterPaths.of(model).entrySet()) {
            if (!e.getValue().isInitialized()) {
                throw new IllegalStateException(
                        "Parameter "
                                + e.getKey()
                                + " is not initialised; call model.initialize(manager, FLOAT32,"
                                + " inputShape) before training.");
            }
        }
        for (Parameter p : ParameterPaths.of(model).values()) {
            return p.getArray().getManager();
        }
        throw new IllegalArgumentException("The model has no parameters to train.");
    }

    /** The progress bar and live chart, or nothing. */
    private abstract static class Display implements AutoCloseable {
        static Display open(TrainerConfig config, TrainingProgress progress) {
            return config.display() ? new Shown(config, progress) : new Hidden();
        }

        abstract void update(long update, double loss, double rate);

        abstract void evaluation(long update, Double loss);

        @Override
        public abstract void close();
    }

    private static final class Hidden extends Display {
        @Override
        void update(long update, double loss, double rate) {
            Interrupts.check();
        }

        @Override
        void evaluation(long update, Double loss) {}

        @Override
        public void close() {}
    }

    private static final class Shown extends Display {
        private final ProgressBar bar;
        private final LiveChart chart;

        Shown(TrainerConfig config, TrainingProgress progress) {
            bar = ProgressBar.start("training", config.steps());
            bar.step(progress.updates);
            chart = LiveChart.start(Charts.semiLogY("Loss", "update", "loss (nats)"));
        }

        @Override
        void update(long update, double loss, double rate) {
            chart.add("train", update, loss);
            bar.status(String.format(Locale.ROOT, "loss %.4f, lr %.3g", loss, rate));
            bar.step();
        }

        @Override
        void evaluation(long update, Double loss) {
            if (loss != null) {
                chart.add("held-out", update, loss);
            }
        }

        @Override
        public void close() {
            bar.close();
            chart.close();
        }
    }
}
