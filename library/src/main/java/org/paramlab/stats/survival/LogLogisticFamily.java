package org.paramlab.stats.survival;

import java.util.List;

/**
 * The log-logistic distribution, H(t) = log(1 + (λt)^γ), S(t) = 1/(1 + (λt)^γ): R's {@code
 * survreg(dist = "loglogistic")} with λ = exp(−μ), γ = 1/σ, and the κ = 0, φ = 1 case of {@link
 * ApgwFamily}. Covariates on λ give a model that is both AFT and proportional odds.
 *
 * <p>Parameters: λ, γ, both with log links. The log-likelihood gradient is analytic.
 */
public final class LogLogisticFamily implements HazardFamily {
    /** The family. */
    public static final LogLogisticFamily INSTANCE = new LogLogisticFamily();

    private static final double[] PHI_ONE = {0};

    private LogLogisticFamily() {}

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "log-logistic";
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
        return BurrFamily.INSTANCE.cumulativeHazard(t, burr(theta));
    }

    /** {@inheritDoc} */
    @Override
    public double logHazard(double t, double[] theta) {
        return BurrFamily.INSTANCE.logHazard(t, burr(theta));
    }

    /** {@inheritDoc} */
    @Override
    public double inverseCumulativeHazard(double y, double[] theta) {
        return BurrFamily.INSTANCE.inverseCumulativeHazard(y, burr(theta));
    }

    /** {@inheritDoc} */
    @Override
    public double[] start(double medianTime) {
        return new double[] {1 / medianTime, 1};
    }

    /** {@inheritDoc} */
    @Override
    public double logLikelihood(double t, boolean event, double[] eta, double[] gradient) {
        double[] burrGradient = new double[3];
        double value =
                BurrFamily.INSTANCE.logLikelihood(
                        t, event, new double[] {eta[0], PHI_ONE[0], eta[1]}, burrGradient);
        gradient[0] = burrGradient[0];
        gradient[1] = burrGradient[2];
        return value;
    }

    private static double[] burr(double[] theta) {
        return new double[] {theta[0], 1, theta[1]};
    }
}
