package org.paramlab.stats.lightcurve;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;

/**
 * A trigonometric polynomial of order s fitted by linear least squares to a phase curve,
 *
 * <pre>
 *   x_C(φ) = a₀ + Σ_{k=1..s} aₖ cos 2πkφ + bₖ sin 2πkφ,   m = 2s + 1 parameters,
 * </pre>
 *
 * with the statistics used to choose s: the unbiased residual deviation σ₀ = √(RSS/(n − m)), the
 * mean accuracy of the smoothing curve σ[x_C] = σ₀√(m/n) (Andronov, "Multiperiodic versus noise
 * variations: mathematical methods", ASP Conference Series 292:391, 2003, whose minimum over s is
 * the "statistically optimal" degree), and the leave-one-out cross-validated rms, √(Σ(eᵢ/(1 −
 * hᵢᵢ))²/n) from the hat-matrix diagonal.
 *
 * @param order s
 * @param coefficients a₀, a₁, b₁, …, a_s, b_s
 * @param residualSumOfSquares RSS
 * @param observations n
 * @param looMeanSquare the mean squared leave-one-out prediction error
 */
public record TrigPolynomialFit(
        int order,
        double[] coefficients,
        double residualSumOfSquares,
        int observations,
        double looMeanSquare) {

    /** Copies the coefficients. */
    public TrigPolynomialFit {
        coefficients = coefficients.clone();
    }

    /** The {@code coefficients} values (a copy). */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Fits order s to (φᵢ, xᵢ) by the normal equations (Cholesky): the trigonometric basis on
     * spread-out phases is well conditioned.
     *
     * @throws IllegalArgumentException if there are not more observations than parameters, or the
     *     phases do not determine the design (too few distinct phases)
     */
    public static TrigPolynomialFit fit(double[] phases, double[] values, int order) {
        return Design.of(phases, values, order).fit(order);
    }

    /** The basis at every phase up to a maximum order, with its Gram matrix and Xᵀy. */
    record Design(double[][] rows, double[] values, double[][] gram, double[] xty) {
        static Design of(double[] phases, double[] values, int maxOrder) {
            int m = 2 * maxOrder + 1;
            int n = phases.length;
            if (maxOrder < 0 || n <= m || values.length != n) {
                throw new IllegalArgumentException(
                        "A trigonometric polynomial of order "
                                + maxOrder
                                + " has "
                                + m
                                + " parameters and needs more than that many observations with one"
                                + " value each, found "
                                + n
                                + " phases and "
                                + values.length
                                + " values.");
            }
            double[][] rows = new double[n][];
            double[][] gram = new double[m][m];
            double[] xty = new double[m];
            for (int i = 0; i < n; i++) {
                double[] x = basis(phases[i], maxOrder);
                rows[i] = x;
                for (int a = 0; a < m; a++) {
                    xty[a] += x[a] * values[i];
                    for (int b = a; b < m; b++) {
                        gram[a][b] += x[a] * x[b];
                    }
                }
            }
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < a; b++) {
                    gram[a][b] = gram[b][a];
                }
            }
            return new Design(rows, values, gram, xty);
        }

        /** The fit of order s ≤ the design's maximum, from the leading block. */
        TrigPolynomialFit fit(int order) {
            int m = 2 * order + 1;
            double[][] g = new double[m][m];
            for (int a = 0; a < m; a++) {
                System.arraycopy(gram[a], 0, g[a], 0, m);
            }
            double[][] inverse;
            try {
                inverse =
                        new CholeskyDecomposition(new Array2DRowRealMatrix(g, false), 1e-12, 1e-14)
                                .getSolver()
                                .getInverse()
                                .getData();
            } catch (org.hipparchus.exception.MathIllegalArgumentException singular) {
                throw new IllegalArgumentException(
                        "The phases do not determine a trigonometric polynomial of order "
                                + order
                                + " (singular design: too few distinct phases); lower the order.",
                        singular);
            }
            double[] beta = new double[m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    beta[a] += inverse[a][b] * xty[b];
                }
            }
            double rss = 0;
            double loo = 0;
            double[] ax = new double[m];
            for (int i = 0; i < rows.length; i++) {
                double[] x = rows[i];
                double fitted = 0;
                for (int a = 0; a < m; a++) {
                    fitted += beta[a] * x[a];
                    double s = 0;
                    for (int b = 0; b < m; b++) {
                        s += inverse[a][b] * x[b];
                    }
                    ax[a] = s;
                }
                double h = 0;
                for (int a = 0; a < m; a++) {
                    h += x[a] * ax[a];
                }
                double r = values[i] - fitted;
                rss += r * r;
                double e = r / (1 - h);
                loo += e * e;
            }
            return new TrigPolynomialFit(order, beta, rss, rows.length, loo / rows.length);
        }
    }

    /** The basis 1, cos 2πφ, sin 2πφ, …, cos 2πsφ, sin 2πsφ at one phase. */
    static double[] basis(double phase, int order) {
        double[] row = new double[2 * order + 1];
        row[0] = 1;
        double angle = 2 * Math.PI * phase;
        for (int k = 1; k <= order; k++) {
            row[2 * k - 1] = Math.cos(k * angle);
            row[2 * k] = Math.sin(k * angle);
        }
        return row;
    }

    /** x_C(φ). */
    public double value(double phase) {
        double[] row = basis(phase, order);
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            sum += coefficients[j] * row[j];
        }
        return sum;
    }

    /** m = 2s + 1. */
    public int parameterCount() {
        return 2 * order + 1;
    }

    /** σ₀ = √(RSS/(n − m)). */
    public double sigma() {
        return Math.sqrt(residualSumOfSquares / (observations - parameterCount()));
    }

    /** σ[x_C] = σ₀√(m/n), the mean accuracy of the smoothing curve. */
    public double smoothingAccuracy() {
        return sigma() * Math.sqrt((double) parameterCount() / observations);
    }

    /** The leave-one-out cross-validated rms. */
    public double looRms() {
        return Math.sqrt(looMeanSquare);
    }
}
