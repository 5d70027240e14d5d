package org.paramlab.stats.lightcurve;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.paramlab.stats.optim.NonlinearFitResult;
import org.paramlab.stats.optim.NonlinearLeastSquares;
import org.paramlab.stats.optim.ResidualModel;

/**
 * Fits the {@link NavModel} in two steps, as Andronov and co-authors describe for NAV (a grid
 * search over the nonlinear parameters followed by differential corrections, arXiv:1611.04053):
 *
 * <ol>
 *   <li>for every point of a grid over the half-width C₈ (0.01 … 0.45) and the shapes C₉, C₁₀ (1 …
 *       8), the model is linear in C₁ … C₇, which are solved by least squares; the best grid point
 *       seeds
 *   <li>Levenberg–Marquardt ({@link NonlinearLeastSquares}) on all ten parameters, with C₈, C₉, C₁₀
 *       on the log scale so they stay positive.
 * </ol>
 */
public final class NavFit {
    static final double[] HALF_WIDTHS = grid(0.01, 0.45, 45);
    static final double[] SHAPES = {1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 6, 8};

    private NavFit() {}

    /**
     * Fits the model to a phase curve.
     *
     * @throws IllegalArgumentException if there are fewer than 12 observations
     */
    public static NavFitResult fit(double[] phases, double[] magnitudes) {
        if (phases.length < 12 || phases.length != magnitudes.length) {
            throw new IllegalArgumentException(
                    "NAV needs at least 12 observations with one magnitude each, found "
                            + phases.length
                            + " phases and "
                            + magnitudes.length
                            + " magnitudes.");
        }
        double[] seed = gridSeed(phases, magnitudes);
        double[] start = seed.clone();
        for (int k = 7; k < 10; k++) {
            start[k] = Math.log(seed[k]);
        }
        ResidualModel nav = NavModel.at(phases);
        ResidualModel transformed =
                new ResidualModel() {
                    /** {@inheritDoc} */
                    @Override
                    public int parameterCount() {
                        return 10;
                    }

                    /** {@inheritDoc} */
                    @Override
                    public double[] values(double[] p) {
                        return nav.values(natural(p));
                    }
                };
        NonlinearFitResult lm = NonlinearLeastSquares.fit(transformed, magnitudes, start, 500);
        double[] p = lm.parameters();
        double[] c = natural(p);
        double[] se = lm.standardErrors();
        for (int k = 7; k < 10; k++) {
            se[k] *= c[k];
        }
        double[] fitted = nav.values(c);
        double rss = 0;
        for (int i = 0; i < fitted.length; i++) {
            rss += (magnitudes[i] - fitted[i]) * (magnitudes[i] - fitted[i]);
        }
        return new NavFitResult(c, se, rss, phases.length, lm.iterations());
    }

    private static double[] natural(double[] p) {
        double[] c = p.clone();
        for (int k = 7; k < 10; k++) {
            c[k] = Math.exp(p[k]);
        }
        return c;
    }

    /**
     * The best grid point with C₁ … C₇ solved linearly. The normal equations are assembled from
     * precomputed inner products: the trigonometric block is fixed, each profile column depends on
     * (C₈, one shape) only, so a grid point costs one n-length dot product and a 7 × 7 solve.
     */
    static double[] gridSeed(double[] phases, double[] magnitudes) {
        int n = phases.length;
        double[][] trig = new double[5][n];
        double[] primaryPhase = new double[n];
        double[] secondaryPhase = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * phases[i];
            trig[0][i] = 1;
            trig[1][i] = Math.cos(a);
            trig[2][i] = Math.sin(a);
            trig[3][i] = Math.cos(2 * a);
            trig[4][i] = Math.sin(2 * a);
            primaryPhase[i] = phases[i] - Math.rint(phases[i]);
            secondaryPhase[i] = phases[i] - 0.5 - Math.rint(phases[i] - 0.5);
        }
        double[][] trigGram = new double[5][5];
        double[] trigY = new double[5];
        for (int a = 0; a < 5; a++) {
            trigY[a] = dot(trig[a], magnitudes);
            for (int b = 0; b < 5; b++) {
                trigGram[a][b] = dot(trig[a], trig[b]);
            }
        }
        double yy = dot(magnitudes, magnitudes);
        double best = Double.POSITIVE_INFINITY;
        double[] bestParams = null;
        int k = SHAPES.length;
        for (double width : HALF_WIDTHS) {
            double[][] primary = new double[k][n];
            double[][] secondary = new double[k][n];
            for (int s = 0; s < k; s++) {
                for (int i = 0; i < n; i++) {
                    primary[s][i] = NavModel.profile(primaryPhase[i] / width, SHAPES[s]);
                    secondary[s][i] = NavModel.profile(secondaryPhase[i] / width, SHAPES[s]);
                }
            }
            double[][] pt = new double[k][5];
            double[][] st = new double[k][5];
            double[] py = new double[k];
            double[] sy = new double[k];
            double[] pp = new double[k];
            double[] ss = new double[k];
            for (int s = 0; s < k; s++) {
                for (int a = 0; a < 5; a++) {
                    pt[s][a] = dot(primary[s], trig[a]);
                    st[s][a] = dot(secondary[s], trig[a]);
                }
                py[s] = dot(primary[s], magnitudes);
                sy[s] = dot(secondary[s], magnitudes);
                pp[s] = dot(primary[s], primary[s]);
                ss[s] = dot(secondary[s], secondary[s]);
            }
            for (int s1 = 0; s1 < k; s1++) {
                for (int s2 = 0; s2 < k; s2++) {
                    double[][] gram = new double[7][7];
                    double[] xty = new double[7];
                    for (int a = 0; a < 5; a++) {
                        System.arraycopy(trigGram[a], 0, gram[a], 0, 5);
                        gram[a][5] = pt[s1][a];
                        gram[5][a] = pt[s1][a];
                        gram[a][6] = st[s2][a];
                        gram[6][a] = st[s2][a];
                        xty[a] = trigY[a];
                    }
                    gram[5][5] = pp[s1];
                    gram[6][6] = ss[s2];
                    gram[5][6] = dot(primary[s1], secondary[s2]);
                    gram[6][5] = gram[5][6];
                    xty[5] = py[s1];
                    xty[6] = sy[s2];
                    double[] linear = solve(gram, xty);
                    if (linear == null) {
                        continue;
                    }
                    double rss = yy;
                    for (int a = 0; a < 7; a++) {
                        rss -= 2 * linear[a] * xty[a];
                        for (int b = 0; b < 7; b++) {
                            rss += linear[a] * gram[a][b] * linear[b];
                        }
                    }
                    if (rss < best) {
                        best = rss;
                        bestParams = new double[10];
                        System.arraycopy(linear, 0, bestParams, 0, 7);
                        bestParams[7] = width;
                        bestParams[8] = SHAPES[s1];
                        bestParams[9] = SHAPES[s2];
                    }
                }
            }
        }
        if (bestParams == null) {
            throw new IllegalArgumentException(
                    "No grid point gave a solvable NAV design; the phases may not cover both"
                            + " eclipses.");
        }
        return bestParams;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The 7 × 7 normal equations by Cholesky; null when an eclipse column is empty (singular). */
    private static double[] solve(double[][] gram, double[] xty) {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false), 1e-10, 1e-12)
                    .getSolver()
                    .solve(new ArrayRealVector(xty, false))
                    .toArray();
        } catch (org.hipparchus.exception.MathIllegalArgumentException singular) {
            return null;
        }
    }

    private static double[] grid(double from, double to, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = from + (to - from) * i / (count - 1);
        }
        return out;
    }
}
