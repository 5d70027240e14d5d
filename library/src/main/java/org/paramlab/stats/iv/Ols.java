package org.paramlab.stats.iv;

/**
 * Ordinary least squares without intercept, ŵ = argmin ‖y − Xw‖² = X⁺y, the minimum-norm solution
 * when X is rank-deficient: the "ERM" baseline of Akbar, Kilbertus, Shen, Muandet and Dai (NeurIPS
 * 2025, arXiv:2510.25128). Under confounding it is biased towards the confounded direction.
 *
 * <p>Computed from the normal equations, ŵ = (XᵀX)⁺Xᵀy, with the pseudo-inverse of the d × d Gram
 * matrix by symmetric eigendecomposition (eigenvalues below 10⁻¹²·λ_max, i.e. singular values below
 * 10⁻⁶·σ₁, are dropped). This costs O(nd²) and is accurate for the well-conditioned designs of the
 * simulations; {@link org.paramlab.stats.optim.LinearLeastSquares} solves by QR or SVD where
 * conditioning matters (the tests compare the two).
 */
public final class Ols {
    private Ols() {}

    /**
     * Fits ŵ.
     *
     * @param x n × d design
     * @param y n responses
     * @throws IllegalArgumentException if the shapes disagree
     */
    public static double[] fit(double[][] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(
                    "OLS needs one row of X per response; found "
                            + x.length
                            + " rows and "
                            + y.length
                            + " responses.");
        }
        double[][] gram = Matrices.transposeTimes(x, x);
        double[] xty = Matrices.transposeTimes(x, y);
        return Matrices.times(Matrices.pseudoInverse(gram), xty);
    }
}
