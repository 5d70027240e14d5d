import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.paramlab.hypercomplex.PhcConv2d;
import org.paramlab.train.EngineThreads;
import org.paramlab.train.ParameterPaths;

import java.util.Arrays;
import java.util.Locale;

/**
 * Forward + backward of one 3 × 3 convolution, 64 → 64 channels, batch 64 × 28 × 28, padding 1:
 * the PHC convolution (n = 4, learned rules, weight built by the Kronecker sum every step) against
 * DJL's real Conv2d of the same shape. Gradients flow to the weights and the input (a layer inside
 * a network). The two are timed alternately, 5 warm-up rounds then 20, and the medians reported.
 * Run by bench/phc_conv.sh; the argument is the engine's intra-op thread count (default 2).
 */
public class PhcConvBench {
    static final int BATCH = 64;
    static final int CHANNELS = 64;
    static final int SIDE = 28;
    static final int WARMUP = 5;
    static final int STEPS = 20;

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        EngineThreads.set(threads);
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(1);
            Shape in = new Shape(BATCH, CHANNELS, SIDE, SIDE);
            Block phc = PhcConv2d.builder().setN(4).setIn(CHANNELS).setOut(CHANNELS).setKernel(3).optPadding(1).build();
            Block real = Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(CHANNELS)
                    .optPadding(new Shape(1, 1)).optBias(false).build();
            phc.initialize(m, DataType.FLOAT32, in);
            real.initialize(m, DataType.FLOAT32, in);
            NDArray x = m.randomNormal(in);
            double[] tPhc = new double[STEPS];
            double[] tReal = new double[STEPS];
            for (int i = -WARMUP; i < STEPS; i++) {
                double a = step(phc, x, m);
                double b = step(real, x, m);
                if (i >= 0) {
                    tPhc[i] = a;
                    tReal[i] = b;
                }
            }
            double mPhc = median(tPhc);
            double mReal = median(tReal);
            System.out.printf(Locale.ROOT, "engine: %s %s, intra-op threads %d%n",
                    Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(), EngineThreads.get());
            System.out.printf(Locale.ROOT, "PHC conv n=4   %,7d weights | fwd+bwd %7.2f ms (median of %d)%n",
                    ParameterPaths.count(phc), mPhc * 1e3, STEPS);
            System.out.printf(Locale.ROOT, "DJL Conv2d     %,7d weights | fwd+bwd %7.2f ms (median of %d)%n",
                    ParameterPaths.count(real), mReal * 1e3, STEPS);
            System.out.printf(Locale.ROOT, "ratio PHC / real: %.3f (goal ≤ 1.3)%n", mPhc / mReal);
        }
    }

    /** One forward and backward pass of {@code block}; seconds. */
    static double step(Block block, NDArray x, NDManager m) {
        try (NDScope scope = new NDScope();
                NDManager s = m.newSubManager()) {
            scope.suppressNotUsedWarning();
            NDArray input = x.duplicate();
            input.attach(s);
            input.setRequiresGradient(true);
            long start = System.nanoTime();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y = block.forward(new ParameterStore(s, false), new NDList(input), true).head();
                gc.backward(y.sum());
            }
            input.getGradient().getFloat(0, 0, 0, 0); // wait for the gradient
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
