package org.paramlab.stats.optim;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

import java.util.Objects;

/**
 * Nonlinear least squares min_θ Σ(yᵢ − fᵢ(θ))² by Levenberg–Marquardt, using Hipparchus' {@code
 * LevenbergMarquardtOptimizer} (a port of MINPACK's lmder: Moré, "The Levenberg–Marquardt
 * algorithm: implementation and theory", Lecture Notes in Mathematics 630, Springer 1978), with its
 * default tolerances (10⁻¹⁰ on cost and parameters).
 *
 * <p>Standard errors come from σ̂₀²(JᵀJ)⁻¹ at the solution, σ̂₀² = RSS/(n − p).
 */
public final class NonlinearLeastSquares {
    private NonlinearLeastSquares() {}

    /**
     * Fits {@code model} to {@code y} from {@code start}.
     *
     * @param maxIterations Levenberg–Marquardt iteration limit (evaluations are limited to 10×)
     * @throws IllegalArgumentException if the model's length differs from y's, the start has the
     *     wrong length, or there are fewer observations than parameters
     * @throws IllegalStateException if the iteration limit is reached, with the limit
     */
    public static NonlinearFitResult fit(
            ResidualModel model, double[] y, double[] start, int maxIterations) {
        Objects.requireNonNull(model, "model");
        int p = model.parameterCount();
        if (start.length != p) {
            throw new IllegalArgumentException(
                    "The start has "
                            + start.length
                            + " values but the model has "
                            + p
                            + " parameters.");
        }
        double[] first = model.values(start);
        if (first.length != y.length) {
            throw new IllegalArgumentException(
                    "The model gives "
                            + first.length
                            + " values but there are "
                            + y.length
                            + " observations; they must match.");
        }
        if (y.length < p) {
            throw new IllegalArgumentException(
                    y.length + " observations cannot determine " + p + " parameters; add data.");
        }
        LeastSquaresProblem problem =
                new LeastSquaresBuilder()
                        .model(
                                point -> {
                                    double[] theta = point.toArray();
                                    RealVector value =
                                            new ArrayRealVector(model.values(theta), false);
                                    RealMatrix jac =
                                            new Array2DRowRealMatrix(model.jacobian(theta), false);
                                    return new Pair<>(value, jac);
                                })
                        .target(y)
                        .start(start)
                        .maxIterations(maxIterations)
                        .maxEvaluations(10 * maxIterations)
                        .lazyEvaluation(false)
                        .build();
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(problem);
        } catch (MathIllegalStateException e) {
            throw new IllegalStateException(
                    "Levenberg–Marquardt did not converge within "
                            + maxIterations
                            + " iterations ("
                            + e.getMessage()
                            + "); give a better start or a higher limit.",
                    e);
        }
        double[] theta = optimum.getPoint().toArray();
        double[] fitted = model.values(theta);
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - fitted[i];
            rss += r * r;
        }
        double[] se = new double[p];
        try {
            RealMatrix cov = optimum.getCovariances(1e-14);
            double s2 = y.length > p ? rss / (y.length - p) : Double.NaN;
            for (int j = 0; j < p; j++) {
                se[j] = Math.sqrt(cov.getEntry(j, j) * s2);
            }
        } catch (MathIllegalArgumentException singular) {
            java.util.Arrays.fill(se, Double.NaN);
        }
        return new NonlinearFitResult(
                theta, se, fitted, rss, optimum.getIterations(), optimum.getEvaluations());
    }
}
