import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.lm.model.FlopCount;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BatchSource;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.EngineThreads;
import org.paramlab.train.HostArrays;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.MatmulPeak;
import org.paramlab.train.TrainBatch;
import org.paramlab.train.TrainListener;
import org.paramlab.train.TrainerConfig;

import java.util.Locale;
import java.util.Random;

/**
 * Training throughput of a GPT-style decoder (4 layers, context 128, batch 32, LayerNorm, learned
 * positions, GELU MLP of width 4d, heads of width 64, bias-free projections, vocabulary 65) with
 * {@link BlockTrainer} and AdamW on 2 intra-op threads, for d = 128, 256, 512: tokens per second
 * after warm-up, and the achieved FLOP/s (training FLOPs per token by FlopCount's per-layer count,
 * 3 × forward) as a fraction of this machine's float32 matmul peak measured in the same run
 * ({@link MatmulPeak}: fastest 2048³ or 3072³ DJL matMul). Run by bench/lm_throughput.sh.
 */
public class LmThroughputBench {
    static final int LAYERS = 4;
    static final int CONTEXT = 128;
    static final int BATCH = 32;
    static final int VOCAB = 65;
    static final int WARMUP = 3;
    static final int STEPS = 10;

    public static void main(String[] args) {
        EngineThreads.set(2);
        MatmulPeak peak = MatmulPeak.measure(2048, 3072);
        System.out.println(peak);
        for (int d : new int[] {128, 256, 512}) {
            DecoderConfig config = DecoderConfig.gpt(VOCAB, CONTEXT, d, LAYERS, d / 64);
            double flopsPerToken = FlopCount.of(config, CONTEXT).trainingFlopsPerToken();
            double tokensPerSecond = throughput(config);
            double achieved = tokensPerSecond * flopsPerToken;
            System.out.printf(Locale.ROOT,
                    "d = %3d: %8.0f tokens/s, %6.1f GFLOP/s = %4.1f%% of peak (%.1f MFLOP/token)%n",
                    d, tokensPerSecond, achieved / 1e9, peak.percentOf(achieved), flopsPerToken / 1e6);
        }
    }

    /** Tokens per second over STEPS updates after WARMUP updates. */
    static double throughput(DecoderConfig config) {
        long[] times = new long[WARMUP + STEPS + 1];
        TrainerConfig trainer = TrainerConfig.defaults()
                .withSteps(WARMUP + STEPS)
                .withSchedule(LrSchedule.constant(1e-3))
                .withOptimizer(AdamWConfig.forLanguageModels().withGroups(Decoder.paramGroups(config, 0.1)))
                .withEvalEvery(0);
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = Decoder.build(config, manager);
            times[0] = System.nanoTime();
            new BlockTrainer(trainer, BatchMetric.crossEntropy())
                    .withListener(new TrainListener() {
                        @Override
                        public void onUpdate(long update, long tokens, double loss, double lr, double norm) {
                            times[(int) update] = System.nanoTime();
                        }
                    })
                    .train(model, new RandomTokens());
        }
        double seconds = (times[WARMUP + STEPS] - times[WARMUP]) / 1e9;
        return (double) STEPS * BATCH * CONTEXT / seconds;
    }

    /** Uniformly random token windows (throughput does not depend on the text). */
    static final class RandomTokens implements BatchSource {
        @Override
        public TrainBatch trainBatch(NDManager manager, long step) {
            Random random = new Random(step);
            int[] x = new int[BATCH * CONTEXT];
            int[] y = new int[BATCH * CONTEXT];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextInt(VOCAB);
                y[i] = random.nextInt(VOCAB);
            }
            Shape shape = new Shape(BATCH, CONTEXT);
            return new TrainBatch(new NDList(HostArrays.create(manager, x, shape)),
                    new NDList(HostArrays.create(manager, y, shape)), (long) BATCH * CONTEXT);
        }
    }
}
