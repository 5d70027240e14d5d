package org.paramlab.stats.optim;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences: gradients of functions, and Hessians from analytic gradients (the
 * observed information of a likelihood, whose inverse gives standard errors).
 *
 * <p>Steps are hᵢ = ε·max(1, |xᵢ|) with ε = 6·10⁻⁶ for gradients (about the cube root of machine
 * epsilon, which balances truncation and round-off for central differences) and ε = 10⁻⁵ for
 * Hessians from gradients. The Hessian is symmetrised, ½(H + Hᵀ).
 */
public final class FiniteDifferences {
    static final double GRADIENT_STEP = 6e-6;
    static final double HESSIAN_STEP = 1e-5;

    private FiniteDifferences() {}

    /** ∇f(x) by central differences, (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ. */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        double[] point = x.clone();
        for (int i = 0; i < x.length; i++) {
            double h = GRADIENT_STEP * Math.max(1, Math.abs(x[i]));
            point[i] = x[i] + h;
            double up = f.applyAsDouble(point);
            point[i] = x[i] - h;
            double down = f.applyAsDouble(point);
            point[i] = x[i];
            g[i] = (up - down) / (2 * h);
        }
        return g;
    }

    /**
     * The Hessian of f from its analytic gradient: column i is (∇f(x + hᵢeᵢ) − ∇f(x − hᵢeᵢ)) / 2hᵢ,
     * then symmetrised.
     */
    public static double[][] hessian(SmoothObjective f, double[] x) {
        int n = x.length;
        double[][] hess = new double[n][n];
        double[] point = x.clone();
        double[] up = new double[n];
        double[] down = new double[n];
        for (int i = 0; i < n; i++) {
            double h = HESSIAN_STEP * Math.max(1, Math.abs(x[i]));
            point[i] = x[i] + h;
            f.evaluate(point, up);
            point[i] = x[i] - h;
            f.evaluate(point, down);
            point[i] = x[i];
            for (int j = 0; j < n; j++) {
                hess[j][i] = (up[j] - down[j]) / (2 * h);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double mean = (hess[i][j] + hess[j][i]) / 2;
                hess[i][j] = mean;
                hess[j][i] = mean;
            }
        }
        return hess;
    }
}
