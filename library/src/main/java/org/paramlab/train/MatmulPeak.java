package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * This machine's single-precision matrix-multiply throughput with the current engine and thread
 * count: the yardstick against which benchmarks report a training step's FLOP/s as "fraction of
 * peak". Small models fall short of it through per-operator overhead, large ones approach it; the
 * gap is what a framework can still win.
 *
 * <p>Each size is multiplied twice to warm up and then {@value #TIMED} times; the fastest product
 * of the largest-throughput size counts, since a peak is a best case and anything slower is the
 * machine's noise (another process, a frequency change).
 *
 * <pre>{@code
 * MatmulPeak peak = MatmulPeak.measure(2048, 3072);
 * System.out.println(peak + ": this step runs at " + peak.percentOf(stepFlops / seconds) + " %");
 * }</pre>
 *
 * @param size the side of the square product that was fastest
 * @param flopsPerSecond {@code 2 n³ / t} of that product
 * @param threads the engine's intra-op threads when it was measured (0 if the engine does not say)
 */
public record MatmulPeak(int size, double flopsPerSecond, int threads) {
    /** Timed products per size, after two warm-up products. */
    public static final int TIMED = 7;

    /**
     * Measures square float32 products of each of {@code sizes} in a manager of its own (freed
     * before returning).
     *
     * @throws IllegalArgumentException if no size is given or one is below 1
     */
    public static MatmulPeak measure(int... sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("Give at least one matrix size, e.g. 2048");
        }
        MatmulPeak best = null;
        for (int n : sizes) {
            if (n < 1) {
                throw new IllegalArgumentException("Matrix sizes must be positive, found " + n);
            }
            MatmulPeak at = measureOne(n);
            if (best == null || at.flopsPerSecond > best.flopsPerSecond) {
                best = at;
            }
        }
        return best;
    }

    /** Floating-point operations of an {@code n × n} by {@code n × n} product: {@code 2 n³}. */
    public static double flops(int n) {
        return 2.0 * n * n * n;
    }

    /**
     * {@code achievedFlopsPerSecond} as a percentage of this peak.
     *
     * @throws IllegalArgumentException if the achieved rate is negative or not finite
     */
    public double percentOf(double achievedFlopsPerSecond) {
        if (!(achievedFlopsPerSecond >= 0) || Double.isInfinite(achievedFlopsPerSecond)) {
            throw new IllegalArgumentException(
                    "Achieved FLOP/s must be finite and non-negative, found "
                            + achievedFlopsPerSecond);
        }
        return 100 * achievedFlopsPerSecond / flopsPerSecond;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "matmul peak %.1f GFLOP/s (float32, %d^3, %d intra-op threads)",
                flopsPerSecond / 1e9,
                size,
                threads);
    }

    private static MatmulPeak measureOne(int n) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.randomNormal(new Shape(n, n));
            NDArray b = manager.randomNormal(new Shape(n, n));
            long fastest = Long.MAX_VALUE;
            for (int i = -2; i < TIMED; i++) {
                try (NDManager product = manager.newSubManager()) {
                    NDArray left = a.duplicate(); // owned by `product`, so the result is too
                    left.attach(product);
                    long start = System.nanoTime();
                    NDArray c = left.matMul(b);
                    c.getFloat(0, 0); // waits for the result on asynchronous devices
                    long took = System.nanoTime() - start;
                    if (i >= 0) {
                        fastest = Math.min(fastest, took);
                    }
                }
            }
            return new MatmulPeak(n, flops(n) / (Math.max(fastest, 1) / 1e9), EngineThreads.get());
        }
    }
}
