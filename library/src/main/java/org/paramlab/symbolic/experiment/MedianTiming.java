package org.paramlab.symbolic.experiment;

import org.paramlab.train.Interrupts;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Wall-clock timing for a shared machine: untimed warm-up runs (at least one, then more until half
 * a second has passed or 20 have run, so the JIT has compiled the code), then the median of {@code
 * repeats} timed runs, which ignores the occasional run slowed by other processes. Each result is
 * kept, so the work cannot be optimised away.
 *
 * @param <T> the result type
 * @param result the result of the last run
 * @param medianMillis the median wall time of one run, in milliseconds
 * @param runs the number of timed runs
 */
public record MedianTiming<T>(T result, double medianMillis, int runs) {
    private static final long WARMUP_NANOS = 500_000_000L;
    private static final int WARMUP_MAX_RUNS = 20;

    /**
     * Times {@code work}.
     *
     * @throws IllegalArgumentException if {@code repeats} &lt; 1
     */
    public static <T> MedianTiming<T> of(Supplier<T> work, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be ≥ 1, found " + repeats);
        }
        T result = work.get();
        long warmStart = System.nanoTime();
        for (int w = 1; w < WARMUP_MAX_RUNS && System.nanoTime() - warmStart < WARMUP_NANOS; w++) {
            Interrupts.check();
            result = work.get();
        }
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            Interrupts.check();
            long t0 = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median =
                repeats % 2 == 1 ? ms[repeats / 2] : (ms[repeats / 2 - 1] + ms[repeats / 2]) / 2;
        return new MedianTiming<>(result, median, repeats);
    }

    /**
     * Runs {@code work} {@code calls} times or until {@code maxMillis} have passed, whichever comes
     * first: large generated code needs thousands of calls before HotSpot's optimising compiler
     * (C2, tier 4) has compiled every method, far more than {@link #of}'s half-second warm-up.
     */
    public static void warmUp(Runnable work, int calls, long maxMillis) {
        long end = System.nanoTime() + maxMillis * 1_000_000L;
        for (int i = 0; i < calls && System.nanoTime() < end; i++) {
            if ((i & 255) == 0) {
                Interrupts.check();
            }
            work.run();
        }
    }

    /**
     * Times {@code work} run {@code inner} times per timed run and returns the median per call, for
     * work too short to time alone.
     */
    public static MedianTiming<Void> perCall(Runnable work, int inner, int repeats) {
        MedianTiming<Void> t =
                of(
                        () -> {
                            for (int i = 0; i < inner; i++) {
                                work.run();
                            }
                            return null;
                        },
                        repeats);
        return new MedianTiming<>(null, t.medianMillis() / inner, repeats);
    }
}
