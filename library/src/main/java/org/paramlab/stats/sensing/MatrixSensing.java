package org.paramlab.stats.sensing;

import org.paramlab.viz.ProgressBar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs matrix-sensing experiments: {@link #run} one config, {@link #runAll} a sweep in parallel.
 *
 * <pre>{@code
 * var base = MatrixSensingConfig.defaults().withSteps(32_000);
 * List<MatrixSensingResult> curves = MatrixSensing.runAll(
 *         List.of(base.withK(2), base.withK(3), base.withK(8)));
 * }</pre>
 *
 * <p>Each run depends only on its config (seeded ground truth, initialization and sensing), so
 * results are identical whether runs go in parallel or one by one, and come back in the order of
 * the configs. A progress bar counts the steps of the whole sweep; interrupting the cell cancels
 * every run with a {@link CancellationException}.
 */
public final class MatrixSensing {
    private static final long POLL_MILLIS = 100;

    private MatrixSensing() {}

    /**
     * Runs one config with a progress bar.
     *
     * @throws CancellationException if the user interrupts the cell
     */
    public static MatrixSensingResult run(MatrixSensingConfig config) {
        return runAll(List.of(config)).get(0);
    }

    /**
     * Runs every config on up to {@code availableProcessors} threads, with one progress bar.
     *
     * @return the results in the order of {@code configs}
     * @throws CancellationException if the user interrupts the cell
     */
    public static List<MatrixSensingResult> runAll(List<MatrixSensingConfig> configs) {
        List<MatrixSensingConfig> todo = List.copyOf(configs);
        if (todo.isEmpty()) {
            return List.of();
        }
        long total = todo.stream().mapToLong(MatrixSensingConfig::steps).sum();
        int threads = Math.min(todo.size(), Runtime.getRuntime().availableProcessors());
        LongAdder progress = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads, MatrixSensing::daemon);
        try (ProgressBar bar =
                ProgressBar.start("matrix sensing, " + todo.size() + " runs", total)) {
            List<Future<MatrixSensingResult>> futures = new ArrayList<>();
            for (MatrixSensingConfig config : todo) {
                futures.add(pool.submit(() -> execute(config, progress)));
            }
            List<MatrixSensingResult> results = new ArrayList<>();
            long shown = 0;
            for (Future<MatrixSensingResult> future : futures) {
                while (true) {
                    try {
                        results.add(future.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException stillRunning) {
                        long done = progress.sum();
                        bar.step(done - shown); // checks for an interrupt
                        shown = done;
                    }
                }
            }
            bar.step(progress.sum() - shown);
            return List.copyOf(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted by the user; the sweep was cancelled.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("A matrix-sensing run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs one config on the calling thread, counting steps into {@code progress}; no output.
     * Checks for an interrupt every step.
     */
    static MatrixSensingResult execute(MatrixSensingConfig config, LongAdder progress) {
        Objects.requireNonNull(config, "config");
        return switch (config.factorization()) {
            case SYMMETRIC -> SymmetricGd.run(config, progress);
            case ASYMMETRIC -> AsymmetricGd.run(config, progress);
        };
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "matrix-sensing");
        thread.setDaemon(true);
        return thread;
    }
}
