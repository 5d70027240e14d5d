package org.paramlab.train;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times the updates of a {@link BlockTrainer} run: the wall time between consecutive updates, whose
 * median is the step time (held-out evaluations fall between some updates; the median ignores
 * them).
 */
public final class StepTimer implements TrainListener {
    private final LongSupplier clock;
    private long[] intervals = new long[64];
    private int count;
    private long last = -1;

    /** A timer on {@link System#nanoTime()}. */
    public StepTimer() {
        this(System::nanoTime);
    }

    StepTimer(LongSupplier clock) {
        this.clock = clock;
    }

    /** {@inheritDoc} */
    @Override
    public void onUpdate(long update, long tokens, double loss, double learningRate, double norm) {
        long now = clock.getAsLong();
        if (last >= 0) {
            if (count == intervals.length) {
                intervals = Arrays.copyOf(intervals, 2 * count);
            }
            intervals[count++] = now - last;
        }
        last = now;
    }

    /** The median time between updates in milliseconds, NaN before two updates. */
    public double medianMillis() {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        double mid =
                count % 2 == 1
                        ? sorted[count / 2]
                        : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
        return mid / 1e6;
    }

    /** Number of intervals measured. */
    public int intervals() {
        return count;
    }
}
