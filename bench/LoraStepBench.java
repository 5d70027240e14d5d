import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.paramlab.models.BertConfig;
import org.paramlab.models.EncoderClassifier;
import org.paramlab.models.PretrainedEncoder;
import org.paramlab.peft.Peft;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.experiment.ProcessMemory;
import org.paramlab.peft.full.FullFineTuningConfig;
import org.paramlab.peft.lora.LoraConfig;
import org.paramlab.train.AdamW;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.EngineThreads;
import org.paramlab.train.MatmulPeak;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One training step of all-MiniLM-L6-v2 with LoRA (r = 8 on query and value) and with full
 * fine-tuning, batch 16 × 64 tokens, 2 intra-op threads: the median of 20 steps after 5 warm-up
 * steps, its FLOPs as a fraction of this machine's matmul peak measured in the same run, and the
 * growth of peak resident memory over the loaded model. Run by bench/lora_step.sh.
 */
public class LoraStepBench {
    static final int BATCH = 16;
    static final int LENGTH = 64;
    static final int WARMUP = 5;
    static final int STEPS = 20;

    /** {@code lora}, {@code lora-no-dropout} or {@code full}: one JVM per method, so that one's
     * freed memory, kept by the allocator, does not hide the other's peak. Without dropout the step
     * skips PyTorch's dropout masks (its CPU random number generator is serial and costs about a
     * quarter of the LoRA step here), which shows how much of the rest is matmul. */
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "lora";
        EngineThreads.set(2);
        MatmulPeak peak = MatmulPeak.measure(2048, 3072);
        BertConfig c = BertConfig.miniLmL6();
        long tokens = (long) BATCH * LENGTH;
        // forward: 2 FLOPs per multiply-add of every non-embedding weight, plus QKᵀ and PV
        double attention = 2.0 * 2 * BATCH * LENGTH * LENGTH * c.hiddenSize() * c.numLayers();
        double forward = 2.0 * tokens * c.nonEmbeddingParameters() + attention;
        System.out.printf(Locale.ROOT, "engine: %s %s, intra-op threads %d%n",
                Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(), EngineThreads.get());
        System.out.println(peak);
        System.out.printf(Locale.ROOT, "forward FLOPs per step: %.2f GFLOP (%d tokens)%n", forward / 1e9, tokens);
        // backward: LoRA needs the input gradient of every matmul (≈ 1× forward) but weight
        // gradients only for the adapters; full fine-tuning needs both (≈ 2× forward)
        var lora = LoraConfig.defaults().withModulesToSave(List.of("classifier"));
        switch (which) {
            case "full" -> report("full FT", FullFineTuningConfig.all().withModulesToSave(List.of("classifier")),
                    3 * forward, peak, true);
            case "lora-no-dropout" -> report("LoRA, no drop", lora, 2 * forward, peak, false);
            default -> report("LoRA r=8 q,v", lora, 2 * forward, peak, true);
        }
    }

    static void report(String name, PeftConfig config, double flops, MatmulPeak peak, boolean dropout) {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(1);
            EncoderClassifier model = EncoderClassifier.on(PretrainedEncoder.MINILM_L6_V2.load(m), 2, m);
            var peft = Peft.wrap(model, config);
            long before = ProcessMemory.rss();
            ProcessMemory.resetPeak();
            double[] times = new double[STEPS];
            try (AdamW adam = new AdamW(AdamWConfig.defaults(), model)) {
                for (int i = -WARMUP; i < STEPS; i++) {
                    long t = System.nanoTime();
                    step(model, adam, m, dropout);
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - t) / 1e9;
                    }
                }
            }
            long grown = ProcessMemory.peak() - before;
            Arrays.sort(times);
            double median = (times[STEPS / 2 - 1] + times[STEPS / 2]) / 2;
            System.out.printf(Locale.ROOT,
                    "%-13s trainable %,11d | step %7.1f ms (median of %d) | %6.1f GFLOP/s = %4.1f %% of peak"
                            + " | peak RSS growth %6.0f MB%n",
                    name, peft.trainableCount(), median * 1e3, STEPS, flops / median / 1e9,
                    peak.percentOf(flops / median), grown / 1048576.0);
        }
    }

    static void step(EncoderClassifier model, AdamW adam, NDManager m, boolean dropout) {
        try (NDScope scope = new NDScope();
                NDManager s = m.newSubManager()) {
            scope.suppressNotUsedWarning();
            NDArray ids = s.randomInteger(1000, 29000, new Shape(BATCH, LENGTH), DataType.INT64);
            NDArray mask = s.ones(new Shape(BATCH, LENGTH), DataType.INT64);
            NDArray types = s.zeros(new Shape(BATCH, LENGTH), DataType.INT64);
            NDArray labels = s.randomInteger(0, 2, new Shape(BATCH), DataType.INT64);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDList logits = model.forward(new ParameterStore(s, false), new NDList(ids, mask, types), dropout);
                NDArray loss = BatchMetric.crossEntropy().evaluate(logits, new NDList(labels));
                gc.backward(loss);
            }
            adam.step(1e-4, 1.0);
        }
    }
}
