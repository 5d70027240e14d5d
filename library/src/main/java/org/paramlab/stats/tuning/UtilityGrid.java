package org.paramlab.stats.tuning;

import ai.djl.ndarray.NDManager;

import org.paramlab.search.montecarlo.MonteCarlo;
import org.paramlab.train.EngineThreads;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The utility u_t(α), validation accuracy after training, of every task t at every α of a grid:
 * computed once ({@link #compute}) and reused by every analysis (oscillation counts, hyperparameter
 * selection from task samples). Immutable: accessors return copies.
 *
 * @param alphas the grid, ascending
 * @param tasks the tasks' names
 * @param utilities [task][α] validation accuracies
 */
public record UtilityGrid(double[] alphas, List<String> tasks, double[][] utilities) {

    /** Copies everything and checks the shapes. */
    public UtilityGrid {
        alphas = alphas.clone();
        tasks = List.copyOf(tasks);
        double[][] copy = new double[utilities.length][];
        for (int t = 0; t < utilities.length; t++) {
            copy[t] = utilities[t].clone();
            if (copy[t].length != alphas.length) {
                throw new IllegalArgumentException(
                        "Task "
                                + t
                                + " has "
                                + copy[t].length
                                + " utilities for "
                                + alphas.length
                                + " grid points.");
            }
        }
        utilities = copy;
        if (tasks.size() != utilities.length) {
            throw new IllegalArgumentException(
                    tasks.size() + " task names for " + utilities.length + " rows.");
        }
    }

    /** {@code points} grid points evenly spaced on [0, 1]. */
    public static double[] unitGrid(int points) {
        if (points < 2) {
            throw new IllegalArgumentException(
                    "A grid needs at least 2 points, found " + points + ".");
        }
        double[] out = new double[points];
        for (int i = 0; i < points; i++) {
            out[i] = (double) i / (points - 1);
        }
        return out;
    }

    /**
     * Trains every task at every α ({@link InterpolatedMlp}) on every core, with a progress bar
     * over tasks.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static UtilityGrid compute(
            NDManager manager, List<BinaryTask> tasks, double[] alphas, MlpConfig config) {
        return compute(manager, tasks, alphas, config, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Trains every task at every α on {@code threads} worker threads, one task per thread at a
     * time, with PyTorch's intra-op parallelism set to one thread meanwhile (small products run
     * faster single-threaded, and the workers share the cores); the previous setting is restored
     * after. Results do not depend on the thread count.
     */
    public static UtilityGrid compute(
            NDManager manager,
            List<BinaryTask> tasks,
            double[] alphas,
            MlpConfig config,
            int threads) {
        int previous = EngineThreads.set(1);
        try {
            List<double[]> rows =
                    MonteCarlo.map(
                            tasks.size(),
                            0,
                            threads,
                            "u(\u03b1) on "
                                    + alphas.length
                                    + " grid points, "
                                    + tasks.size()
                                    + " tasks",
                            (t, unused) ->
                                    InterpolatedMlp.validationAccuracy(
                                            manager, tasks.get(t), t, alphas, config));
            return new UtilityGrid(
                    alphas,
                    tasks.stream().map(BinaryTask::name).toList(),
                    rows.toArray(double[][]::new));
        } finally {
            if (previous > 0) {
                EngineThreads.set(previous);
            }
        }
    }

    /** The {@code alphas} values (a copy). */
    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    /** The {@code utilities} values (a copy). */
    @Override
    public double[][] utilities() {
        double[][] copy = new double[utilities.length][];
        for (int t = 0; t < utilities.length; t++) {
            copy[t] = utilities[t].clone();
        }
        return copy;
    }

    /** u_t on the grid (a copy). */
    public double[] utility(int task) {
        return utilities[task].clone();
    }

    /** The grid restricted to every {@code step}-th point (e.g. 401 → 101 points with step 4). */
    public UtilityGrid every(int step) {
        if (step < 1 || (alphas.length - 1) % step != 0) {
            throw new IllegalArgumentException(
                    "Step "
                            + step
                            + " must divide the "
                            + (alphas.length - 1)
                            + " grid intervals.");
        }
        int points = (alphas.length - 1) / step + 1;
        double[] a = new double[points];
        double[][] u = new double[utilities.length][points];
        for (int i = 0; i < points; i++) {
            a[i] = alphas[i * step];
            for (int t = 0; t < utilities.length; t++) {
                u[t][i] = utilities[t][i * step];
            }
        }
        return new UtilityGrid(a, tasks, u);
    }

    /** The number of local extrema of each task's u(α) ({@link Oscillations}). */
    public int[] oscillations() {
        int[] out = new int[utilities.length];
        for (int t = 0; t < utilities.length; t++) {
            out[t] = Oscillations.count(utilities[t]);
        }
        return out;
    }

    /** One row per task: name and local-extrema count. */
    public Table oscillationTable() {
        return Table.create("local extrema of u(\u03b1) on " + alphas.length + " grid points")
                .addColumns(
                        StringColumn.create("task", tasks),
                        IntColumn.create("extrema", oscillations()));
    }
}
