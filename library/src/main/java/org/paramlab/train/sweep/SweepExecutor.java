package org.paramlab.train.sweep;

import org.paramlab.train.EngineThreads;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Where the points of a sweep run: {@link #sequential()} on the calling thread, {@link
 * #threads(int)} on a local pool. An executor runs each task's function and hands every result to
 * {@code done} as soon as it exists (the runner writes it to disk there), so a crash or interrupt
 * loses at most the runs in progress.
 *
 * <p>A cluster engine plugs in here: it receives the tasks with their {@linkplain
 * SweepTask#configJson() JSON} and stable {@linkplain SweepTask#key() keys}, runs the function's
 * class on its workers (a {@link SweepFunction} with a no-argument constructor, given the config
 * decoded from JSON), and calls {@code done} on the driver as results come back; the runner's
 * resume logic and results table are unchanged.
 */
public interface SweepExecutor {

    /**
     * Runs every task, calling {@code done} (possibly from another thread, but never concurrently)
     * with each task and its result as it completes; returns when all are done.
     *
     * @param poll called on the calling thread at least every few hundred milliseconds while
     *     waiting, e.g. to redraw progress and check for an interrupt; may throw to cancel
     * @throws CancellationException if interrupted; finished results have been handed over
     * @throws RuntimeException the first failure of a task, after cancelling the others
     */
    <C extends Record, R extends Record> void execute(
            List<SweepTask<C>> tasks,
            SweepFunction<C, R> function,
            BiConsumer<SweepTask<C>, R> done,
            Runnable poll);

    /** A short description for provenance, e.g. {@code threads(2)}. */
    String describe();

    /** One task after the other on the calling thread. */
    static SweepExecutor sequential() {
        return new SweepExecutor() {
            @Override
            public <C extends Record, R extends Record> void execute(
                    List<SweepTask<C>> tasks,
                    SweepFunction<C, R> function,
                    BiConsumer<SweepTask<C>, R> done,
                    Runnable poll) {
                for (SweepTask<C> task : tasks) {
                    poll.run();
                    done.accept(task, function.run(task.config()));
                }
                poll.run();
            }

            @Override
            public String describe() {
                return "sequential";
            }
        };
    }

    /**
     * A local pool of {@code workers} threads. While it runs, the engine's intra-op threads are set
     * to max(1, cores/workers) so the runs share the cores instead of oversubscribing them.
     *
     * @throws IllegalArgumentException if workers &lt; 1
     */
    static SweepExecutor threads(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException(
                    "A pool needs at least one worker, found " + workers);
        }
        return new SweepExecutor() {
            @Override
            public <C extends Record, R extends Record> void execute(
                    List<SweepTask<C>> tasks,
                    SweepFunction<C, R> function,
                    BiConsumer<SweepTask<C>, R> done,
                    Runnable poll) {
                int cores = Runtime.getRuntime().availableProcessors();
                int previous = EngineThreads.set(Math.max(1, cores / workers));
                ExecutorService pool =
                        Executors.newFixedThreadPool(
                                workers,
                                r -> {
                                    Thread t = new Thread(r, "sweep-worker");
                                    t.setDaemon(true);
                                    return t;
                                });
                try {
                    CompletionService<R> completions = new ExecutorCompletionService<>(pool);
                    Map<Future<R>, SweepTask<C>> pending = new HashMap<>();
                    for (SweepTask<C> task : tasks) {
                        pending.put(completions.submit(() -> function.run(task.config())), task);
                    }
                    while (!pending.isEmpty()) {
                        poll.run();
                        Future<R> finished = completions.poll(200, TimeUnit.MILLISECONDS);
                        if (finished != null) {
                            done.accept(pending.remove(finished), finished.get());
                        }
                    }
                    poll.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("Interrupted; the sweep was cancelled.");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException("A sweep run failed", e.getCause());
                } finally {
                    pool.shutdownNow();
                    try {
                        pool.awaitTermination(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (previous > 0) {
                        EngineThreads.set(previous);
                    }
                }
            }

            @Override
            public String describe() {
                return "threads(" + workers + ")";
            }
        };
    }
}
