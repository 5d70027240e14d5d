package org.paramlab.stats.tuning;

import java.util.SplittableRandom;

/**
 * Tunes α on a sample of N tasks and measures how far the tuned value's mean utility on those tasks
 * is from its mean on the tasks left out: an empirical illustration of the sample-complexity bounds
 * of Balcan, Nguyen and Sharma, "Sample complexity of data-driven tuning of model hyperparameters
 * in neural networks", arXiv:2501.13734 (NeurIPS 2025), whose uniform-convergence bound says the
 * gap shrinks like √(d/N) with d the pseudo-dimension.
 *
 * <p>Per resample: draw N distinct tasks (a random subset, the others held out), α̂ = the grid
 * point of largest mean training utility (the smallest α among ties), gap = |mean_train u(α̂) −
 * mean_held-out u(α̂)|.
 */
public final class SampleComplexity {
    private SampleComplexity() {}

    /**
     * The gap curve over {@code sizes}.
     *
     * @throws IllegalArgumentException if an N leaves no task held out
     */
    public static GapCurve gaps(UtilityGrid grid, int[] sizes, int resamples, long seed) {
        double[][] u = grid.utilities();
        int tasks = u.length;
        int points = u[0].length;
        double[] mean = new double[sizes.length];
        double[] sd = new double[sizes.length];
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            if (n < 1 || n >= tasks) {
                throw new IllegalArgumentException(
                        "N = "
                                + n
                                + " must be between 1 and "
                                + (tasks - 1)
                                + " so that a task is held out.");
            }
            double sum = 0;
            double sumSq = 0;
            for (int r = 0; r < resamples; r++) {
                int[] order = shuffled(tasks, random);
                int best = 0;
                double bestMean = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < points; a++) {
                    double m = 0;
                    for (int i = 0; i < n; i++) {
                        m += u[order[i]][a];
                    }
                    m /= n;
                    if (m > bestMean + 1e-15) {
                        bestMean = m;
                        best = a;
                    }
                }
                double held = 0;
                for (int i = n; i < tasks; i++) {
                    held += u[order[i]][best];
                }
                held /= tasks - n;
                double gap = Math.abs(bestMean - held);
                sum += gap;
                sumSq += gap * gap;
            }
            mean[s] = sum / resamples;
            sd[s] =
                    Math.sqrt(
                            Math.max(0, sumSq / resamples - mean[s] * mean[s])
                                    * resamples
                                    / Math.max(1, resamples - 1));
        }
        return new GapCurve(sizes, mean, sd, resamples);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
