package org.paramlab.stats.iv;

import org.paramlab.search.montecarlo.MonteCarlo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs the linear simulation of Akbar, Kilbertus, Shen, Muandet and Dai, "An analysis of causal
 * effect estimation using outcome invariant data augmentation", NeurIPS 2025, arXiv:2510.25128,
 * ported from {@code src/experiments/simulation/linear.py} of {@code
 * uzairakbar/causal-data-augmentation}.
 *
 * <p>Per SEM (in parallel, each on its own split stream): draw the SEM and the augmentation, one
 * data set (X, y) and one draw of the augmentation parameters G; then for every swept value
 * recompute GX = X + γGB and every estimator's error. Reusing the same (X, y, G) across the sweep
 * (common random numbers) is our choice, not the repository's, which redraws the data per value: it
 * removes sampling noise between neighbouring points of a sweep without changing any point's
 * distribution.
 */
public final class IvAugmentation {
    private IvAugmentation() {}

    /** √RSE of the authors' {@code relative_sq_error}: √(‖ŵ − f‖² / (‖ŵ − f‖² + ‖f‖²)). */
    public static double relativeError(double[] truth, double[] estimate) {
        double e = 0;
        double t = 0;
        for (int j = 0; j < truth.length; j++) {
            double diff = estimate[j] - truth[j];
            e += diff * diff;
            t += truth[j] * truth[j];
        }
        return Math.sqrt(e / (e + t));
    }

    /**
     * Errors of every {@link IvMethod} at each augmentation strength γ.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static IvSweepResult gammaSweep(IvAugmentationConfig config, List<Double> gammas) {
        List<PerSem> runs =
                perSem(
                        config,
                        "γ sweep",
                        (problem, random) -> {
                            double[][] out = new double[gammas.size()][];
                            for (int i = 0; i < gammas.size(); i++) {
                                out[i] = problem.allMethods(gammas.get(i), config, random);
                            }
                            return out;
                        });
        Map<String, double[][]> errors = new LinkedHashMap<>();
        IvMethod[] methods = IvMethod.values();
        for (int m = 0; m < methods.length; m++) {
            double[][] e = new double[gammas.size()][runs.size()];
            for (int i = 0; i < gammas.size(); i++) {
                for (int s = 0; s < runs.size(); s++) {
                    e[i][s] = runs.get(s).errors()[i][m];
                }
            }
            errors.put(methods[m].label(), e);
        }
        return new IvSweepResult("\u03b3", toArray(gammas), errors, dims(runs));
    }

    /**
     * IVL error at each α (at augmentation strength γ), with ERM, DA+ERM and DA+IV as constant
     * references.
     */
    public static IvSweepResult alphaSweep(
            IvAugmentationConfig config, double gamma, List<Double> alphas) {
        List<PerSem> runs =
                perSem(
                        config,
                        "α sweep",
                        (problem, random) -> {
                            double[] base = problem.allMethods(gamma, config, null);
                            List<double[]> path = problem.ivlPath(gamma, alphas);
                            double[][] out = new double[alphas.size()][4];
                            for (int i = 0; i < alphas.size(); i++) {
                                out[i][0] = base[IvMethod.ERM.ordinal()];
                                out[i][1] = base[IvMethod.DA_ERM.ordinal()];
                                out[i][2] = base[IvMethod.DA_IV.ordinal()];
                                out[i][3] = relativeError(problem.truth(), path.get(i));
                            }
                            return out;
                        });
        Map<String, double[][]> errors = new LinkedHashMap<>();
        IvMethod[] methods = {IvMethod.ERM, IvMethod.DA_ERM, IvMethod.DA_IV, IvMethod.DA_IVL};
        for (int m = 0; m < methods.length; m++) {
            double[][] e = new double[alphas.size()][runs.size()];
            for (int i = 0; i < alphas.size(); i++) {
                for (int s = 0; s < runs.size(); s++) {
                    e[i][s] = runs.get(s).errors()[i][m];
                }
            }
            errors.put(methods[m].label(), e);
        }
        return new IvSweepResult("\u03b1", toArray(alphas), errors, dims(runs));
    }

    private record PerSem(double[][] errors, int augmentationDimension) {}

    private interface SemWork {
        double[][] run(Problem problem, SplittableRandom random);
    }

    private static List<PerSem> perSem(IvAugmentationConfig config, String label, SemWork work) {
        return MonteCarlo.map(
                config.experiments(),
                config.seed(),
                config.threads(),
                label + ", " + config.experiments() + " SEMs",
                (index, random) -> {
                    Problem problem = Problem.draw(config, random);
                    return new PerSem(work.run(problem, random), problem.augmentation.dimension());
                });
    }

    /** One SEM with its data and augmentation draw. */
    private record Problem(
            double[] truth, SemSample data, NullSpaceAugmentation augmentation, double[][] g) {
        static Problem draw(IvAugmentationConfig config, SplittableRandom random) {
            LinearSem sem =
                    new LinearSem(
                            config.dimension(), config.dimension(), config.noise(), false, random);
            NullSpaceAugmentation aug =
                    new NullSpaceAugmentation(sem.causalEffect(), config.kernel(), random);
            SemSample data = sem.sample(config.samples(), config.kappa(), random);
            double[][] g = Matrices.gaussian(config.samples(), aug.dimension(), 1, random);
            return new Problem(sem.causalEffect(), data, aug, g);
        }

        /** Errors of all methods in {@link IvMethod} order; CV skipped (NaN) without a stream. */
        double[] allMethods(double gamma, IvAugmentationConfig config, SplittableRandom random) {
            double[][] gx = augmentation.augment(data.x(), g, gamma).gx();
            double[] out = new double[IvMethod.values().length];
            out[IvMethod.ERM.ordinal()] = relativeError(truth, Ols.fit(data.x(), data.y()));
            out[IvMethod.DA_ERM.ordinal()] = relativeError(truth, Ols.fit(gx, data.y()));
            out[IvMethod.DA_IV.ordinal()] =
                    relativeError(truth, TwoStageLeastSquares.fit(gx, data.y(), g));
            out[IvMethod.DA_IVL.ordinal()] =
                    relativeError(truth, IvlRegression.fit(gx, data.y(), g, config.alpha()));
            out[IvMethod.DA_IVL_CV.ordinal()] =
                    random == null
                            ? Double.NaN
                            : relativeError(
                                    truth,
                                    IvlRegression.crossValidated(
                                                    data.x(),
                                                    gx,
                                                    data.y(),
                                                    g,
                                                    config.cvAlphas(),
                                                    config.cvFolds(),
                                                    random)
                                            .coefficients());
            return out;
        }

        List<double[]> ivlPath(double gamma, List<Double> alphas) {
            double[][] gx = augmentation.augment(data.x(), g, gamma).gx();
            return IvlRegression.path(gx, data.y(), g, alphas);
        }
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int[] dims(List<PerSem> runs) {
        return runs.stream().mapToInt(PerSem::augmentationDimension).toArray();
    }

    /** {@code count} values from 10^from to 10^to, evenly spaced in log10 (numpy's logspace). */
    public static List<Double> logspace(double from, double to, int count) {
        Double[] out = new Double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Math.pow(10, count == 1 ? from : from + (to - from) * i / (count - 1));
        }
        return List.of(out);
    }
}
