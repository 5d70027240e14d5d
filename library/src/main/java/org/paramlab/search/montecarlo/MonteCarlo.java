package org.paramlab.search.montecarlo;

import org.paramlab.train.Interrupts;
import org.paramlab.viz.ProgressBar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * Runs Monte Carlo experiments in parallel with results that do not depend on the thread count (see
 * the package documentation for how streams are assigned).
 *
 * <p>{@link #run} folds {@code runs} simulations into one accumulator; {@link #map} keeps one
 * result per index. Both show a progress bar when the config has a label, and end with a {@link
 * CancellationException} when the cell is interrupted.
 */
public final class MonteCarlo {
    private static final long POLL_MILLIS = 100;

    private MonteCarlo() {}

    /**
     * Runs {@code config.runs()} simulations: each block starts from {@code zero.get()}, folds its
     * runs with {@code simulation}, and the block accumulators are merged left to right in block
     * order with {@code merge}.
     *
     * @return the merged accumulator ({@code zero.get()} when there are no runs)
     * @throws CancellationException if the user interrupts the cell
     */
    public static <A> A run(
            MonteCarloConfig config,
            Supplier<A> zero,
            Simulation<A> simulation,
            BinaryOperator<A> merge) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(zero, "zero");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(merge, "merge");
        int blocks = Math.toIntExact(config.blocks());
        SplittableRandom root = new SplittableRandom(config.seed());
        List<Callable<A>> tasks = new ArrayList<>(blocks);
        LongAdder progress = new LongAdder();
        for (int b = 0; b < blocks; b++) {
            SplittableRandom stream = root.split();
            long first = (long) b * config.blockSize();
            int count = (int) Math.min(config.blockSize(), config.runs() - first);
            tasks.add(
                    () -> {
                        A accumulator = zero.get();
                        for (int i = 0; i < count; i++) {
                            simulation.simulate(stream, accumulator);
                            if ((i & 255) == 255) {
                                checkWorker();
                                progress.add(256);
                            }
                        }
                        progress.add(count & 255);
                        return accumulator;
                    });
        }
        List<A> partials =
                execute(tasks, config.threads(), config.label(), config.runs(), progress);
        A total = zero.get();
        for (A partial : partials) {
            total = merge.apply(total, partial);
        }
        return total;
    }

    /**
     * Computes one result per index 0 … count − 1, index i drawing from the i-th stream split in
     * order from {@code new SplittableRandom(seed)}.
     *
     * @param threads worker threads (the results do not depend on it)
     * @param label progress-bar label, or empty for none
     * @return the results in index order
     * @throws CancellationException if the user interrupts the cell
     */
    public static <R> List<R> map(
            int count, long seed, int threads, String label, IndexedSimulation<R> simulation) {
        Objects.requireNonNull(simulation, "simulation");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, found " + count + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, found " + threads + ".");
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[count];
        for (int i = 0; i < count; i++) {
            streams[i] = root.split();
        }
        int chunk = Math.max(1, Math.min(64, count / (4 * threads) + 1));
        List<Callable<List<R>>> tasks = new ArrayList<>();
        LongAdder progress = new LongAdder();
        for (int start = 0; start < count; start += chunk) {
            int from = start;
            int to = Math.min(count, start + chunk);
            tasks.add(
                    () -> {
                        List<R> out = new ArrayList<>(to - from);
                        for (int i = from; i < to; i++) {
                            checkWorker();
                            out.add(simulation.simulate(i, streams[i]));
                            progress.increment();
                        }
                        return out;
                    });
        }
        List<R> results = new ArrayList<>(count);
        for (List<R> part : execute(tasks, threads, label == null ? "" : label, count, progress)) {
            results.addAll(part);
        }
        return results;
    }

    /** {@link #map} on every core without a progress bar. */
    public static <R> List<R> map(int count, long seed, IndexedSimulation<R> simulation) {
        return map(count, seed, Runtime.getRuntime().availableProcessors(), "", simulation);
    }

    /** Runs the tasks on {@code threads} daemon threads; results in task order. */
    private static <T> List<T> execute(
            List<Callable<T>> tasks, int threads, String label, long total, LongAdder progress) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        if (threads == 1 && label.isEmpty()) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                Interrupts.check();
                out.add(call(task));
            }
            return out;
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.min(threads, tasks.size()), MonteCarlo::daemon);
        ProgressBar bar = label.isEmpty() ? null : ProgressBar.start(label, total);
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>(tasks.size());
            long shown = 0;
            for (Future<T> future : futures) {
                while (true) {
                    try {
                        out.add(future.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException running) {
                        long done = progress.sum();
                        if (bar != null) {
                            bar.step(done - shown); // checks for an interrupt
                        } else {
                            Interrupts.check();
                        }
                        shown = done;
                    }
                }
            }
            if (bar != null) {
                bar.step(progress.sum() - shown);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(
                    "Interrupted by the user; the simulation was cancelled.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("A Monte Carlo block failed", e.getCause());
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("A Monte Carlo block failed", e);
        }
    }

    private static void checkWorker() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Monte Carlo run cancelled.");
        }
    }

    /** Sums element-wise into a new array: a ready-made {@code merge} for {@code double[]}. */
    public static double[] sum(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "Cannot add accumulators of lengths " + a.length + " and " + b.length + ".");
        }
        double[] out = Arrays.copyOf(a, a.length);
        for (int i = 0; i < b.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "monte-carlo");
        thread.setDaemon(true);
        return thread;
    }
}
