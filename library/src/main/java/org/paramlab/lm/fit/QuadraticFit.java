package org.paramlab.lm.fit;

import java.util.Locale;

/**
 * A parabola y = c₀ + c₁u + c₂u² fitted by least squares, with u = x or u = ln x. Fitted to the
 * final loss against ln(learning rate), its vertex locates the optimal rate between grid points and
 * c₂ &gt; 0 says the landscape is convex there (Step Law, Li et al., 2025, arXiv:2503.04715, §3:
 * "the hyperparameter landscape exhibits convexity").
 *
 * @param logX whether u = ln x
 * @param c0 the constant
 * @param c1 the linear coefficient
 * @param c2 the quadratic coefficient (convex if &gt; 0)
 * @param rSquared R² of the fit
 * @param points the number of points
 */
public record QuadraticFit(
        boolean logX, double c0, double c1, double c2, double rSquared, int points) {

    /**
     * Fits y against u = x.
     *
     * @throws IllegalArgumentException for fewer than three distinct x
     */
    public static QuadraticFit fit(double[] x, double[] y) {
        return fit(x, y, false);
    }

    /**
     * Fits y against u = ln x (e.g. loss against ln lr).
     *
     * @throws IllegalArgumentException for non-positive x or fewer than three distinct x
     */
    public static QuadraticFit inLogX(double[] x, double[] y) {
        return fit(x, y, true);
    }

    private static QuadraticFit fit(double[] x, double[] y, boolean log) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "Need as many x as y, found " + x.length + " and " + y.length);
        }
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double u = log ? LogLinearFit.log(x[i], "x[" + i + "]") : x[i];
            rows[i] = new double[] {u, u * u};
        }
        double[] beta = LeastSquares.solve(rows, y);
        return new QuadraticFit(
                log, beta[0], beta[1], beta[2], LeastSquares.rSquared(rows, y, beta), x.length);
    }

    /** Whether the parabola opens upward (c₂ &gt; 0). */
    public boolean convex() {
        return c2 > 0;
    }

    /** The x of the vertex: −c₁/(2c₂), exponentiated if u = ln x; NaN unless convex. */
    public double argmin() {
        if (!convex()) {
            return Double.NaN;
        }
        double u = -c1 / (2 * c2);
        return logX ? Math.exp(u) : u;
    }

    /** The fitted y at {@code x}. */
    public double predict(double x) {
        double u = logX ? Math.log(x) : x;
        return c0 + c1 * u + c2 * u * u;
    }

    /** e.g. {@code convex, argmin 3.1e-3, R² 0.97}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s, argmin %.3g, R² %.3f (%d points)",
                convex() ? "convex" : "not convex",
                argmin(),
                rSquared,
                points);
    }
}
