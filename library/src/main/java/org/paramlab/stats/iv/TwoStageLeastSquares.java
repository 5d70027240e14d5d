package org.paramlab.stats.iv;

/**
 * Two-stage least squares: regress the treatment on the instrument, X̂ = Z(Z⁺X), then the outcome
 * on the fitted treatment, ŵ = X̂⁺y. With as many instruments as treatments (Z of full rank k = d)
 * this is the just-identified IV estimator ŵ = (ZᵀX)⁻¹Zᵀy; with fewer (k &lt; d, under-identified)
 * X̂ has rank k and ŵ is the minimum-norm solution of the projected moment equations.
 *
 * <p>In the data-augmentation setting of Akbar et al. ("DA+IV") the augmented treatment GX is
 * regressed on the augmentation parameters G.
 */
public final class TwoStageLeastSquares {
    private TwoStageLeastSquares() {}

    /**
     * Fits ŵ.
     *
     * @param x n × d treatments
     * @param y n outcomes
     * @param z n × k instruments
     * @throws IllegalArgumentException if the row counts disagree
     */
    public static double[] fit(double[][] x, double[] y, double[][] z) {
        if (x.length != y.length || z.length != y.length) {
            throw new IllegalArgumentException(
                    "2SLS needs one row per observation in X, y and Z; found "
                            + x.length
                            + ", "
                            + y.length
                            + " and "
                            + z.length
                            + ".");
        }
        double[][] fitted = Projection.onto(z).apply(x);
        return Ols.fit(fitted, y);
    }
}
