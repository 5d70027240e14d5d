package org.paramlab.stats.optim;

/**
 * A linear least-squares solution β̂ = argmin ‖y − Xβ‖² with its fit. Immutable: the array
 * accessors return copies.
 *
 * @param coefficients β̂, one per column of X
 * @param fitted Xβ̂, one per row
 * @param residualSumOfSquares ‖y − Xβ̂‖²
 * @param rank the numerical rank of X
 */
public record LeastSquaresSolution(
        double[] coefficients, double[] fitted, double residualSumOfSquares, int rank) {

    /** Copies the arrays. */
    public LeastSquaresSolution {
        coefficients = coefficients.clone();
        fitted = fitted.clone();
    }

    /** β̂ (a copy). */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Xβ̂ (a copy). */
    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    /** The unbiased residual standard deviation σ̂₀ = √(RSS / (n − m)), m = rank. */
    public double sigma() {
        int dof = fitted.length - rank;
        return dof > 0 ? Math.sqrt(residualSumOfSquares / dof) : Double.NaN;
    }
}
