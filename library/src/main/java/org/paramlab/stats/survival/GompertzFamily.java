package org.paramlab.stats.survival;

import java.util.List;

/**
 * The Gompertz distribution, h(t) = φe^(ρt), H(t) = φ(e^(ρt) − 1)/ρ (φt at ρ = 0). For ρ &lt; 0 it
 * is defective, with cure fraction exp(φ/ρ). It is the κ → ∞, γ = 1 limit of {@link ApgwFamily}
 * with φ_Gompertz = φλ and ρ = λ (Burke, Jones and Noufaily, JRSS-C 69(2):429–457, 2020,
 * arXiv:1901.03212), and the {@code Gompertz} family of Burke's R package {@code mpr}.
 *
 * <p>Parameters: φ (log link), ρ (identity link). The log-likelihood gradient is analytic.
 */
public final class GompertzFamily implements HazardFamily {
    /** The family. */
    public static final GompertzFamily INSTANCE = new GompertzFamily();

    private GompertzFamily() {}

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "Gompertz";
    }

    /** {@inheritDoc} */
    @Override
    public List<String> parameterNames() {
        return List.of("phi", "rho");
    }

    /** {@inheritDoc} */
    @Override
    public List<Link> links() {
        return List.of(Link.LOG, Link.IDENTITY);
    }

    /** {@inheritDoc} */
    @Override
    public double cumulativeHazard(double t, double[] theta) {
        if (t <= 0) {
            return 0;
        }
        if (Double.isInfinite(t)) {
            return theta[1] < 0 ? -theta[0] / theta[1] : Double.POSITIVE_INFINITY;
        }
        return theta[0] * ApgwFamily.powerTerm(theta[1], t);
    }

    /** {@inheritDoc} */
    @Override
    public double logHazard(double t, double[] theta) {
        return Math.log(theta[0]) + theta[1] * t;
    }

    /** {@inheritDoc} */
    @Override
    public double inverseCumulativeHazard(double y, double[] theta) {
        double rho = theta[1];
        double ratio = y / theta[0];
        if (rho == 0) {
            return ratio;
        }
        double inner = rho * ratio;
        return inner <= -1 ? Double.POSITIVE_INFINITY : Math.log1p(inner) / rho;
    }

    /** {@inheritDoc} */
    @Override
    public double[] start(double medianTime) {
        return new double[] {Math.log(2) / medianTime, 0};
    }

    /** {@inheritDoc} */
    @Override
    public double logLikelihood(double t, boolean event, double[] eta, double[] gradient) {
        double phi = Math.exp(eta[0]);
        double rho = eta[1];
        double h = phi * ApgwFamily.powerTerm(rho, t);
        double value = -h;
        gradient[0] = -h;
        gradient[1] = -phi * ApgwFamily.powerDerivative(rho, t);
        if (event) {
            value += eta[0] + rho * t;
            gradient[0] += 1;
            gradient[1] += t;
        }
        return value;
    }
}
