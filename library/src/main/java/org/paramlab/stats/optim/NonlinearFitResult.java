package org.paramlab.stats.optim;

/**
 * The outcome of {@link NonlinearLeastSquares#fit}. Immutable: the array accessors return copies.
 *
 * @param parameters θ̂
 * @param standardErrors √diag(σ̂₀²(JᵀJ)⁻¹) at θ̂; NaN where JᵀJ is singular
 * @param fitted f(θ̂)
 * @param residualSumOfSquares Σ(yᵢ − fᵢ(θ̂))²
 * @param iterations Levenberg–Marquardt iterations
 * @param evaluations model evaluations
 */
public record NonlinearFitResult(
        double[] parameters,
        double[] standardErrors,
        double[] fitted,
        double residualSumOfSquares,
        int iterations,
        int evaluations) {

    /** Copies the arrays. */
    public NonlinearFitResult {
        parameters = parameters.clone();
        standardErrors = standardErrors.clone();
        fitted = fitted.clone();
    }

    /** θ̂ (a copy). */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** Standard errors of θ̂ (a copy). */
    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** f(θ̂) (a copy). */
    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    /** The unbiased residual standard deviation σ̂₀ = √(RSS / (n − p)). */
    public double sigma() {
        int dof = fitted.length - parameters.length;
        return dof > 0 ? Math.sqrt(residualSumOfSquares / dof) : Double.NaN;
    }
}
