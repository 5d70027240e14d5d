package org.paramlab.stats.survival;

import java.util.List;

/**
 * The Weibull distribution in accelerated-failure-time form, H(t) = (λt)^γ, h(t) = γλ(λt)^(γ−1).
 *
 * <p>This is R's {@code survreg(dist = "weibull")} with λ = exp(−μ) and γ = 1/σ, μ being the
 * location (linear predictor) and σ the {@code scale} of log T. Covariates on λ give the Weibull
 * AFT model, which is also a PH model with log hazard ratio −γβ. It is the κ = 1 case of {@link
 * ApgwFamily} with φ = 1.
 *
 * <p>Parameters: λ (log link), γ (log link). The log-likelihood gradient is analytic.
 */
public final class WeibullFamily implements HazardFamily {
    /** The family. */
    public static final WeibullFamily INSTANCE = new WeibullFamily();

    private WeibullFamily() {}

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "Weibull";
    }

    /** {@inheritDoc} */
    @Override
    public List<String> parameterNames() {
        return List.of("lambda", "gamma");
    }

    /** {@inheritDoc} */
    @Override
    public List<Link> links() {
        return List.of(Link.LOG, Link.LOG);
    }

    /** {@inheritDoc} */
    @Override
    public double cumulativeHazard(double t, double[] theta) {
        return t <= 0 ? 0 : Math.pow(theta[0] * t, theta[1]);
    }

    /** {@inheritDoc} */
    @Override
    public double logHazard(double t, double[] theta) {
        return Math.log(theta[1]) + Math.log(theta[0]) + (theta[1] - 1) * Math.log(theta[0] * t);
    }

    /** {@inheritDoc} */
    @Override
    public double inverseCumulativeHazard(double y, double[] theta) {
        return Math.pow(y, 1 / theta[1]) / theta[0];
    }

    /** {@inheritDoc} */
    @Override
    public double[] start(double medianTime) {
        return new double[] {1 / medianTime, 1};
    }

    /** {@inheritDoc} */
    @Override
    public double logLikelihood(double t, boolean event, double[] eta, double[] gradient) {
        double gamma = Math.exp(eta[1]);
        double bigL = eta[0] + Math.log(t);
        double h = Math.exp(gamma * bigL);
        double value = -h;
        gradient[0] = -gamma * h;
        gradient[1] = -gamma * bigL * h;
        if (event) {
            value += eta[1] + eta[0] + (gamma - 1) * bigL;
            gradient[0] += gamma;
            gradient[1] += 1 + gamma * bigL;
        }
        return value;
    }
}
