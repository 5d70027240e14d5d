package org.paramlab.peft.experiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.paramlab.models.EncoderClassifier;
import org.paramlab.models.PretrainedEncoder;
import org.paramlab.peft.Peft;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.PeftModel;
import org.paramlab.train.GradMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inference cost of adapters: a trained LoRA adapter loaded from HF PEFT files, its logits before
 * and after merging, and the median latency of one test batch through the base model, the unmerged
 * and merged LoRA models and an adapter model, measured in interleaved rounds so that machine drift
 * hits every model alike.
 */
public final class LatencyStudy {
    private LatencyStudy() {}

    /**
     * What the study measured.
     *
     * @param mergedMaxAbsDiff max |logit| difference between merged and unmerged LoRA
     * @param medianMillis median forward time of one batch per model: {@code base}, {@code lora},
     *     {@code lora merged}, and the adapter's name
     * @param batchSize examples in the timed batch
     */
    public record Result(double mergedMaxAbsDiff, Map<String, Double> medianMillis, int batchSize) {
        /** One row per model: median milliseconds per batch and overhead over the base model. */
        public tech.tablesaw.api.Table table() {
            var model = tech.tablesaw.api.StringColumn.create("model");
            var millis = tech.tablesaw.api.DoubleColumn.create("median ms / batch");
            var over = tech.tablesaw.api.DoubleColumn.create("overhead %");
            for (Map.Entry<String, Double> e : medianMillis.entrySet()) {
                model.append(e.getKey());
                millis.append(Math.round(e.getValue() * 100) / 100.0);
                over.append(Math.round(overhead(e.getKey()) * 1000) / 10.0);
            }
            return tech.tablesaw.api.Table.create("inference latency, batch of " + batchSize)
                    .addColumns(model, millis, over);
        }

        /** Latency of {@code model} relative to the base model, minus one (0.05 = 5 % slower). */
        public double overhead(String model) {
            return medianMillis.get(model) / medianMillis.get("base") - 1;
        }
    }

    /**
     * Runs the study on the first test batch of {@code data}.
     *
     * @param loraAdapter a directory written by {@code PeftModel.save} for this encoder and task
     * @param adapterName the label of the non-mergeable method
     * @param adapter its config
     * @param rounds timing rounds (each times every model once)
     */
    public static Result run(
            PretrainedEncoder encoder,
            TokenizedTask data,
            int batchSize,
            Path loraAdapter,
            String adapterName,
            PeftConfig adapter,
            int rounds) {
        int classes = data.task().classes().size();
        try (NDManager manager = NDManager.newBaseManager()) {
            EncoderClassifier base = EncoderClassifier.on(encoder.load(manager), classes, manager);
            EncoderClassifier lora = EncoderClassifier.on(encoder.load(manager), classes, manager);
            Peft.load(lora, loraAdapter);
            EncoderClassifier merged =
                    EncoderClassifier.on(encoder.load(manager), classes, manager);
            PeftModel toMerge = Peft.load(merged, loraAdapter);
            EncoderClassifier adapted =
                    EncoderClassifier.on(encoder.load(manager), classes, manager);
            Peft.wrap(adapted, adapter);
            NDList batch =
                    ClassificationBatches.batch(
                                    manager,
                                    data.test().subList(0, Math.min(batchSize, data.test().size())))
                            .inputs();
            float[] before = logits(merged, batch, manager);
            toMerge.mergeAndUnload();
            float[] after = logits(merged, batch, manager);
            double diff = 0;
            for (int i = 0; i < before.length; i++) {
                diff = Math.max(diff, Math.abs(before[i] - after[i]));
            }
            Map<String, Block> models = new LinkedHashMap<>();
            models.put("base", base);
            models.put("lora", lora);
            models.put("lora merged", merged);
            models.put(adapterName, adapted);
            int size = (int) batch.head().getShape().get(0);
            return new Result(diff, medians(models, batch, manager, rounds), size);
        }
    }

    /** Median forward milliseconds of each model, timed in interleaved rounds after warm-up. */
    public static Map<String, Double> medians(
            Map<String, Block> models, NDList batch, NDManager manager, int rounds) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        models.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = -2; round < rounds; round++) {
            for (Map.Entry<String, Block> e : models.entrySet()) {
                long start = System.nanoTime();
                logits(e.getValue(), batch, manager);
                if (round >= 0) {
                    times.get(e.getKey()).add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        times.forEach((k, v) -> out.put(k, median(v)));
        return out;
    }

    static float[] logits(Block model, NDList batch, NDManager manager) {
        try (NDScope scope = new NDScope();
                NDManager step = manager.newSubManager();
                GradMode off = GradMode.disabled()) {
            scope.suppressNotUsedWarning();
            NDArray y = model.forward(new ParameterStore(step, false), batch, false).head();
            return y.toFloatArray();
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
