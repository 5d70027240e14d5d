package org.paramlab.peft.flora;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;

import org.paramlab.peft.experiment.FineTuneRunner;
import org.paramlab.peft.experiment.ImageBatches;
import org.paramlab.peft.experiment.ImageTask;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.EngineThreads;
import org.paramlab.train.GradMode;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.ParameterPaths;
import org.paramlab.train.TrainerConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link SmallConvNet} trained on a source task, kept as plain arrays so that every downstream
 * run starts from the same weights in its own manager: the "pretrained model" of the FLoRA
 * notebook.
 *
 * @param widths the convolutions' widths
 * @param weights every convolution parameter by path ({@code conv1.weight}, …), head excluded
 * @param source the source task's name
 * @param sourceAccuracy test accuracy on the source task
 */
public record PretrainedConvNet(
        int[] widths, Map<String, float[]> weights, String source, double sourceAccuracy) {

    /**
     * Trains a fresh network on {@code source} with AdamW (5 % warm-up, cosine decay) and keeps its
     * convolutions.
     *
     * @throws java.util.concurrent.CancellationException if the cell is interrupted
     */
    public static PretrainedConvNet pretrain(
            ImageTask source,
            int[] widths,
            int epochs,
            double learningRate,
            FloraStudyConfig config,
            long seed) {
        int threads = EngineThreads.set(config.threads());
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed((int) seed);
            SmallConvNet net = SmallConvNet.of(widths, source.classes().size());
            net.initialize(m, DataType.FLOAT32, new Shape(1, 1, source.side(), source.side()));
            ImageBatches batches = new ImageBatches(source, config.batchSize(), seed, false);
            long steps = (long) epochs * Math.max(1, source.train().size() / config.batchSize());
            TrainerConfig trainer =
                    TrainerConfig.defaults()
                            .withSteps(steps)
                            .withSchedule(LrSchedule.cosine(learningRate, 0.05, 0.01))
                            .withOptimizer(AdamWConfig.defaults())
                            .withEvalEvery((int) steps)
                            .withSeed(seed)
                            .withDisplay(config.display());
            try (GradMode off = GradMode.disabled()) {
                new BlockTrainer(trainer, BatchMetric.crossEntropy()).train(net, batches);
            }
            double accuracy = FineTuneRunner.accuracy(net, batches, m);
            Map<String, float[]> weights = new LinkedHashMap<>();
            for (Map.Entry<String, Parameter> e : ParameterPaths.of(net).entrySet()) {
                if (!e.getKey().startsWith("head.")) {
                    weights.put(e.getKey(), e.getValue().getArray().toFloatArray());
                }
            }
            return new PretrainedConvNet(widths.clone(), weights, source.name(), accuracy);
        } finally {
            EngineThreads.set(Math.max(1, threads));
        }
    }

    /**
     * A network with these convolutions and a fresh head of {@code classes} (initialised from the
     * engine's random stream), in {@code manager}.
     */
    public SmallConvNet classifier(int classes, NDManager manager) {
        SmallConvNet net = SmallConvNet.of(widths, classes);
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 28, 28));
        for (Map.Entry<String, Parameter> e : ParameterPaths.of(net).entrySet()) {
            float[] w = weights.get(e.getKey());
            if (w != null) {
                e.getValue().getArray().set(w);
            }
        }
        return net;
    }

    /** The convolutions' weight count. */
    public long convParameters() {
        return weights.values().stream().mapToLong(w -> w.length).sum();
    }
}
