package org.paramlab.peft.experiment;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;

import org.paramlab.models.EncoderClassifier;
import org.paramlab.models.VitConfig;
import org.paramlab.models.VitModel;
import org.paramlab.nn.ModulePaths;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.GradMode;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.TrainerConfig;

import java.nio.FloatBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small ViT pretrained without labels by rotation prediction (Gidaris, Singh, Komodakis.
 * Unsupervised Representation Learning by Predicting Image Rotations. ICLR 2018, arXiv:1803.07728):
 * the stand-in for a vision foundation model. Its weights stay on the Java heap, so each
 * fine-tuning run starts from a fresh copy.
 *
 * @param config the ViT's sizes
 * @param weights the encoder's parameters by path
 * @param rotationAccuracy held-out accuracy of the pretext task (chance: 0.25)
 */
public record VitCheckpoint(
        VitConfig config, Map<String, float[]> weights, double rotationAccuracy) {

    /** Copies the map. */
    public VitCheckpoint {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /**
     * Pretrains a ViT of {@code config} on {@code source}'s images by rotation prediction: {@code
     * steps} AdamW updates of {@code batchSize}, cosine schedule with peak {@code learningRate}.
     */
    public static VitCheckpoint pretrain(
            VitConfig config,
            ImageTask source,
            int steps,
            int batchSize,
            double learningRate,
            long seed,
            boolean display) {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed((int) seed);
            VitModel vit = VitModel.initialized(config, m);
            EncoderClassifier model = EncoderClassifier.on(vit, 4, m);
            ImageBatches data = new ImageBatches(source, batchSize, seed, true);
            TrainerConfig trainer =
                    TrainerConfig.defaults()
                            .withSteps(steps)
                            .withSchedule(LrSchedule.cosine(learningRate, 0.05, 0.1))
                            .withOptimizer(AdamWConfig.defaults())
                            .withEvalEvery(steps)
                            .withSeed(seed)
                            .withDisplay(display);
            try (GradMode off = GradMode.disabled()) { // see FineTuneRunner
                new BlockTrainer(trainer, BatchMetric.crossEntropy()).train(model, data);
            }
            double accuracy = FineTuneRunner.accuracy(model, data, m);
            Map<String, float[]> weights = new LinkedHashMap<>();
            for (Map.Entry<String, Parameter> e : ModulePaths.parameters(vit).entrySet()) {
                weights.put(e.getKey(), e.getValue().getArray().toFloatArray());
            }
            return new VitCheckpoint(config, weights, accuracy);
        }
    }

    /** A ViT with these weights and a fresh {@code classes}-way head, in {@code manager}. */
    public EncoderClassifier classifier(int classes, NDManager manager) {
        VitModel vit = VitModel.initialized(config, manager);
        for (Map.Entry<String, Parameter> e : ModulePaths.parameters(vit).entrySet()) {
            e.getValue().getArray().set(FloatBuffer.wrap(weights.get(e.getKey())));
        }
        return EncoderClassifier.on(vit, classes, manager);
    }
}
