package org.paramlab.peft.experiment;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.paramlab.models.EncoderClassifier;
import org.paramlab.models.PretrainedEncoder;
import org.paramlab.peft.Peft;
import org.paramlab.peft.PeftModel;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.EarlyStopping;
import org.paramlab.train.GradMode;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.StepTimer;
import org.paramlab.train.TrainBatch;
import org.paramlab.train.TrainListener;
import org.paramlab.train.TrainerConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fine-tunes one method on one task: loads a fresh copy of the pretrained encoder, puts a
 * classification head on it, wraps it with the method ({@code Peft.wrap}), trains with {@link
 * BlockTrainer} (AdamW, linear warm-up and decay, clipping at 1) under {@link EarlyStopping} on dev
 * accuracy, and measures parameters, optimizer state, step time, peak memory and dev/test accuracy.
 * Every run's native memory lives in its own manager, closed at the end.
 */
public final class FineTuneRunner {
    private FineTuneRunner() {}

    /**
     * {@link #run(PretrainedEncoder, TokenizedTask, MethodSpec, FineTuneConfig, Path)} without
     * saving.
     */
    public static FineTuneResult run(
            PretrainedEncoder encoder,
            TokenizedTask data,
            MethodSpec method,
            FineTuneConfig config) {
        return run(encoder, data, method, config, null, List.of());
    }

    /**
     * Runs {@code method} and, when {@code saveTo} is not null, saves the trained adapter there in
     * HF PEFT's format.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static FineTuneResult run(
            PretrainedEncoder encoder,
            TokenizedTask data,
            MethodSpec method,
            FineTuneConfig config,
            Path saveTo) {
        return run(encoder, data, method, config, saveTo, List.of());
    }

    static FineTuneResult run(
            PretrainedEncoder encoder,
            TokenizedTask data,
            MethodSpec method,
            FineTuneConfig config,
            Path saveTo,
            List<TrainListener> listeners) {
        ClassificationBatches batches =
                new ClassificationBatches(data, config.batchSize(), config.seed());
        return run(
                m -> EncoderClassifier.on(encoder.load(m), batches.numClasses(), m),
                encoder.artifact(),
                batches,
                method,
                config,
                saveTo,
                listeners);
    }

    /**
     * Runs {@code method} on a classifier built by {@code factory} (a fresh pretrained encoder with
     * a new head, in the given manager) and {@code data}'s batches.
     *
     * @param baseModelName written to saved adapters as {@code base_model_name_or_path}
     * @param saveTo where to save the trained adapter, or null
     * @param listeners extra listeners of the trainer
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static FineTuneResult run(
            Function<NDManager, EncoderClassifier> factory,
            String baseModelName,
            ClassifierData data,
            MethodSpec method,
            FineTuneConfig config,
            Path saveTo,
            List<TrainListener> listeners) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed((int) config.seed());
            EncoderClassifier model = factory.apply(manager);
            PeftModel peft = Peft.wrap(model, method.config()).withBaseModelName(baseModelName);
            long trainable = peft.trainableCount();
            long head =
                    peft.trainableParameters().entrySet().stream()
                            .filter(e -> e.getKey().startsWith("classifier."))
                            .mapToLong(e -> e.getValue().getArray().size())
                            .sum();
            long total = peft.totalCount();
            TrainerConfig trainerConfig =
                    TrainerConfig.defaults()
                            .withSteps(config.steps())
                            .withSchedule(
                                    LrSchedule.linear(
                                            method.learningRate(), config.warmupFraction(), 0))
                            .withOptimizer(AdamWConfig.defaults())
                            .withMaxGradNorm(1.0)
                            .withEvalEvery(config.evalEvery())
                            .withLogEvery(1)
                            .withSeed(config.seed())
                            .withDisplay(config.display());
            StepTimer timer = new StepTimer();
            List<Double> losses = new ArrayList<>();
            BlockTrainer trainer =
                    new BlockTrainer(trainerConfig, BatchMetric.crossEntropy())
                            .withMetric("accuracy", BatchMetric.accuracy())
                            .withListener(timer)
                            .withListener(
                                    new TrainListener() {
                                        @Override
                                        public void onUpdate(
                                                long u, long t, double loss, double lr, double n) {
                                            losses.add(loss);
                                        }
                                    });
            for (TrainListener l : listeners) {
                trainer = trainer.withListener(l);
            }
            long before = ProcessMemory.rss();
            ProcessMemory.resetPeak();
            EarlyStopping.Outcome outcome;
            // A notebook cell's thread records autograd graphs by default; outside the trainer's
            // gradient collector (the optimizer's updates) nothing must be recorded.
            try (GradMode off = GradMode.disabled()) {
                outcome =
                        new EarlyStopping("accuracy", true, config.patience())
                                .train(trainer, peft.model(), data);
            }
            long peak = ProcessMemory.peak() - before;
            double test = accuracy(peft.model(), data, manager);
            if (saveTo != null) {
                peft.save(saveTo);
            }
            return new FineTuneResult(
                    method.name(),
                    data.name(),
                    trainable,
                    head,
                    total,
                    8L * trainable,
                    timer.medianMillis(),
                    peak,
                    outcome.best(),
                    test,
                    outcome.bestUpdate(),
                    losses.size(),
                    outcome.stoppedEarly(),
                    losses.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Accuracy of {@code model} on the test split, without recording gradients. */
    public static double accuracy(Block model, ClassifierData batches, NDManager manager) {
        long correct = 0;
        long seen = 0;
        for (int i = 0; i < batches.testBatches(); i++) {
            try (NDScope scope = new NDScope();
                    NDManager step = manager.newSubManager();
                    GradMode off = GradMode.disabled()) {
                scope.suppressNotUsedWarning();
                TrainBatch batch = batches.testBatch(step, i);
                NDArray logits =
                        model.forward(new ParameterStore(step, false), batch.inputs(), false)
                                .head();
                NDArray guess = logits.argMax(-1).toType(DataType.INT64, false);
                correct += guess.eq(batch.labels().head()).sum().getLong();
                seen += batch.tokens();
            }
        }
        return (double) correct / seen;
    }
}
