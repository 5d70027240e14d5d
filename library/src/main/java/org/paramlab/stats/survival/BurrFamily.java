package org.paramlab.stats.survival;

import java.util.List;

/**
 * The Burr type XII distribution, H(t) = φ·log(1 + (λt)^γ), h(t) = φγλ(λt)^(γ−1)/(1 + (λt)^γ): the
 * κ = 0 case of {@link ApgwFamily} (Burke, Jones and Noufaily, JRSS-C 69(2):429–457, 2020,
 * arXiv:1901.03212). φ = 1 gives the log-logistic ({@link LogLogisticFamily}).
 *
 * <p>Parameters: λ, φ, γ, all with log links. The log-likelihood gradient is analytic.
 */
public final class BurrFamily implements HazardFamily {
    /** The family. */
    public static final BurrFamily INSTANCE = new BurrFamily();

    private BurrFamily() {}

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "Burr XII";
    }

    /** {@inheritDoc} */
    @Override
    public List<String> parameterNames() {
        return List.of("lambda", "phi", "gamma");
    }

    /** {@inheritDoc} */
    @Override
    public List<Link> links() {
        return List.of(Link.LOG, Link.LOG, Link.LOG);
    }

    /** {@inheritDoc} */
    @Override
    public double cumulativeHazard(double t, double[] theta) {
        if (t <= 0) {
            return 0;
        }
        return Double.isInfinite(t)
                ? Double.POSITIVE_INFINITY
                : theta[1] * Math.log1p(Math.pow(theta[0] * t, theta[2]));
    }

    /** {@inheritDoc} */
    @Override
    public double logHazard(double t, double[] theta) {
        double logX = theta[2] * Math.log(theta[0] * t);
        return Math.log(theta[1])
                + Math.log(theta[2])
                + logX
                - Math.log(t)
                - Math.log1p(Math.exp(logX));
    }

    /** {@inheritDoc} */
    @Override
    public double inverseCumulativeHazard(double y, double[] theta) {
        double logX = Math.log(Math.expm1(y / theta[1]));
        return Math.exp(logX / theta[2]) / theta[0];
    }

    /** {@inheritDoc} */
    @Override
    public double[] start(double medianTime) {
        return new double[] {1 / medianTime, 1, 1};
    }

    /** {@inheritDoc} */
    @Override
    public double logLikelihood(double t, boolean event, double[] eta, double[] gradient) {
        double phi = Math.exp(eta[1]);
        double gamma = Math.exp(eta[2]);
        double bigL = eta[0] + Math.log(t);
        double logX = gamma * bigL;
        double x = Math.exp(logX);
        double log1pX = Math.log1p(x);
        double share = x / (1 + x);
        double value = -phi * log1pX;
        gradient[0] = -phi * gamma * share;
        gradient[1] = -phi * log1pX;
        gradient[2] = -phi * gamma * bigL * share;
        if (event) {
            value += eta[1] + eta[2] + logX - Math.log(t) - log1pX;
            gradient[0] += gamma * (1 - share);
            gradient[1] += 1;
            gradient[2] += 1 + gamma * bigL * (1 - share);
        }
        return value;
    }
}
