package org.paramlab.stats.iv;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The IV-like (IVL) regression of Uzair Akbar, Niki Kilbertus, Hao Shen, Krikamol Muandet and Bo
 * Dai, "An analysis of causal effect estimation using outcome invariant data augmentation", NeurIPS
 * 2025, arXiv:2510.25128 (the "DA+UIV-α" regressor of the authors' repository {@code
 * uzairakbar/causal-data-augmentation}, {@code src/regressors/ivl.py}): minimise the IV risk plus α
 * times the ERM risk,
 *
 * <pre>
 *   ŵ_α = argmin_w ‖Π_G(y − GX·w)‖² + α‖y − GX·w‖²,
 * </pre>
 *
 * solved as OLS after the transform K = (√(1 + α) − √α)Π_G + √α·I, since KᵀK = Π_G + αI for the
 * projection Π_G onto the augmentation parameters G. α → 0 is IV (2SLS), α → ∞ is ERM on the
 * augmented data. The authors' scale: Π_G = G(GᵀG)⁺Gᵀ; we apply it through an orthonormal basis of
 * G's columns and never form the n × n matrix.
 */
public final class IvlRegression {
    private IvlRegression() {}

    /**
     * Fits ŵ_α.
     *
     * @param gx n × d augmented treatments GX
     * @param y n outcomes
     * @param g n × k augmentation parameters (the instruments)
     * @param alpha the weight α ≥ 0 of the ERM term
     * @throws IllegalArgumentException if α is negative or the row counts disagree
     */
    public static double[] fit(double[][] gx, double[] y, double[][] g, double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(
                    "alpha must be finite and >= 0, found "
                            + alpha
                            + "; 0 is IV, large values ERM.");
        }
        if (gx.length != y.length || g.length != y.length) {
            throw new IllegalArgumentException(
                    "IVL needs one row per observation in GX, y and G; found "
                            + gx.length
                            + ", "
                            + y.length
                            + " and "
                            + g.length
                            + ".");
        }
        Projection pi = Projection.onto(g);
        return solve(gx, y, pi.apply(gx), pi.apply(y), alpha);
    }

    /**
     * ŵ_α for every α in {@code alphas}, projecting onto G once.
     *
     * @return one coefficient vector per α, in order
     */
    public static List<double[]> path(
            double[][] gx, double[] y, double[][] g, List<Double> alphas) {
        for (double alpha : alphas) {
            if (!(alpha >= 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException(
                        "alpha must be finite and >= 0, found " + alpha + ".");
            }
        }
        Projection pi = Projection.onto(g);
        double[][] projected = pi.apply(gx);
        double[] projectedY = pi.apply(y);
        List<double[]> out = new java.util.ArrayList<>();
        for (double alpha : alphas) {
            out.add(solve(gx, y, projected, projectedY, alpha));
        }
        return out;
    }

    private static double[] solve(
            double[][] gx, double[] y, double[][] projected, double[] projectedY, double alpha) {
        double a = Math.sqrt(1 + alpha) - Math.sqrt(alpha);
        double b = Math.sqrt(alpha);
        double[][] kx = new double[gx.length][gx[0].length];
        double[] ky = new double[y.length];
        for (int i = 0; i < gx.length; i++) {
            for (int j = 0; j < gx[0].length; j++) {
                kx[i][j] = a * projected[i][j] + b * gx[i][j];
            }
            ky[i] = a * projectedY[i] + b * y[i];
        }
        return Ols.fit(kx, ky);
    }

    /**
     * Chooses α from {@code alphas} by {@code folds}-fold cross-validation and refits on all data.
     * The score is the held-out mean squared error of predicting y from the un-augmented X (the
     * authors' model selection scores held-out predictions of the observed data, in {@code
     * src/experiments/simulation/linear.py}); being an observational risk, it favours larger α.
     *
     * @return the chosen α and its fit
     */
    public static Selection crossValidated(
            double[][] x,
            double[][] gx,
            double[] y,
            double[][] g,
            List<Double> alphas,
            int folds,
            SplittableRandom random) {
        if (folds < 2 || folds > y.length) {
            throw new IllegalArgumentException(
                    "folds must be in [2, n = " + y.length + "], found " + folds + ".");
        }
        if (alphas.isEmpty()) {
            throw new IllegalArgumentException("Give at least one α candidate, found none.");
        }
        int n = y.length;
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
        double bestScore = Double.POSITIVE_INFINITY;
        double bestAlpha = alphas.get(0);
        double[] sse = new double[alphas.size()];
        for (int f = 0; f < folds; f++) {
            {
                int from = f * n / folds;
                int to = (f + 1) * n / folds;
                int[] test = new int[to - from];
                int[] train = new int[n - (to - from)];
                int ti = 0;
                int tr = 0;
                for (int i = 0; i < n; i++) {
                    if (i >= from && i < to) {
                        test[ti++] = order[i];
                    } else {
                        train[tr++] = order[i];
                    }
                }
                List<double[]> ws =
                        path(
                                Matrices.rows(gx, train),
                                Matrices.rows(y, train),
                                Matrices.rows(g, train),
                                alphas);
                double[] actual = Matrices.rows(y, test);
                double[][] xTest = Matrices.rows(x, test);
                for (int a = 0; a < alphas.size(); a++) {
                    double[] predicted = Matrices.times(xTest, ws.get(a));
                    for (int i = 0; i < test.length; i++) {
                        sse[a] += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
                    }
                }
            }
        }
        for (int a = 0; a < alphas.size(); a++) {
            if (sse[a] < bestScore) {
                bestScore = sse[a];
                bestAlpha = alphas.get(a);
            }
        }
        return new Selection(bestAlpha, fit(gx, y, g, bestAlpha), bestScore / n);
    }

    /**
     * An α chosen by cross-validation.
     *
     * @param alpha the chosen α
     * @param coefficients ŵ refitted on all data
     * @param heldOutMse the held-out mean squared error at that α
     */
    public record Selection(double alpha, double[] coefficients, double heldOutMse) {
        /** Copies the coefficients. */
        public Selection {
            coefficients = coefficients.clone();
        }

        /** The {@code coefficients} values (a copy). */
        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }
    }
}
