package org.paramlab.lm.fit;

import java.util.List;
import java.util.Locale;

/**
 * A power law y = a·x^b fitted in log-log space ({@link LogLinearFit} with one predictor), with
 * bootstrap 95% intervals for a and b.
 *
 * @param a the prefactor e^β₀
 * @param b the exponent
 * @param aLow 2.5th bootstrap percentile of a
 * @param aHigh 97.5th bootstrap percentile of a
 * @param bLow 2.5th bootstrap percentile of b
 * @param bHigh 97.5th bootstrap percentile of b
 * @param rSquared R² of ln y on ln x
 * @param points the number of points
 */
public record PowerLawFit(
        double a,
        double b,
        double aLow,
        double aHigh,
        double bLow,
        double bHigh,
        double rSquared,
        int points) {

    /**
     * Fits y = a·x^b.
     *
     * @throws IllegalArgumentException for non-positive values or fewer than two distinct x
     */
    public static PowerLawFit fit(double[] x, double[] y, int bootstraps, long seed) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[] {x[i]};
        }
        LogLinearFit f = LogLinearFit.fit(rows, y, List.of("x"), bootstraps, seed);
        return new PowerLawFit(
                f.prefactor(),
                f.coefficients()[1],
                Math.exp(f.lower()[0]),
                Math.exp(f.upper()[0]),
                f.lower()[1],
                f.upper()[1],
                f.rSquared(),
                f.points());
    }

    /** a·x^b. */
    public double predict(double x) {
        return a * Math.pow(x, b);
    }

    /** e.g. {@code 4.1·x^-0.52 (b in [-0.60, -0.44], R² 0.91)}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%.3g·x^%.3f (b in [%.3f, %.3f], R² %.3f, %d points)",
                a,
                b,
                bLow,
                bHigh,
                rSquared,
                points);
    }
}
