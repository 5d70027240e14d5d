package org.paramlab.stats.survival;

/**
 * How a distribution parameter θ relates to its unconstrained linear predictor η = xᵀβ, as in
 * multi-parameter regression (Burke and MacKenzie, "Multi-parameter regression survival modeling:
 * an alternative to proportional hazards", Biometrics 73(2):678–686, 2017).
 */
public enum Link {
    /** θ = exp(η), for positive scales and shapes (λ, φ, γ). */
    LOG,
    /** θ = η, for unconstrained parameters (the Gompertz rate ρ). */
    IDENTITY,
    /** θ = exp(η) − 1, for κ &gt; −1 (the APGW shape κ; κ = 0 at η = 0, κ = 1 at η = log 2). */
    LOG_ONE_PLUS;

    /** θ from η. */
    public double toNatural(double eta) {
        return switch (this) {
            case LOG -> Math.exp(eta);
            case IDENTITY -> eta;
            case LOG_ONE_PLUS -> Math.expm1(eta);
        };
    }

    /**
     * η from θ.
     *
     * @throws IllegalArgumentException if θ is outside the link's range
     */
    public double toLink(double value) {
        return switch (this) {
            case LOG -> {
                if (!(value > 0) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException(
                            "A log-link parameter must be positive and finite, found "
                                    + value
                                    + ".");
                }
                yield Math.log(value);
            }
            case IDENTITY -> {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(
                            "An identity-link parameter must be finite, found " + value + ".");
                }
                yield value;
            }
            case LOG_ONE_PLUS -> {
                if (!(value > -1) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException(
                            "A log(1 + θ)-link parameter must exceed -1 and be finite, found "
                                    + value
                                    + ".");
                }
                yield Math.log1p(value);
            }
        };
    }
}
