package org.paramlab.stats.survival;

import java.util.List;

/**
 * The adapted power generalised Weibull (APGW) family of Burke, Jones and Noufaily, "A flexible
 * parametric modelling framework for survival analysis", Journal of the Royal Statistical Society
 * Series C 69(2):429–457, 2020, arXiv:1901.03212: two scale-type parameters, λ (accelerated failure
 * time) and φ (proportional hazards), a power shape γ and a shape κ &gt; −1 that selects the
 * baseline distribution.
 *
 * <pre>
 *   x = (λt)^γ,  u = 1 + x/(1 + κ)
 *   H(t) = φ(1 + κ)/κ · (u^κ − 1)          (κ = 0: φ·log(1 + (λt)^γ))
 *   h(t) = φγλ^γ t^(γ−1) · u^(κ−1)
 * </pre>
 *
 * <p>Special cases: κ = 1 is the Weibull, H = φ(λt)^γ (λ and φ then coincide, so one of them is
 * fixed); κ = 0 is Burr type XII, and with φ = 1 the log-logistic; κ → ∞ with γ = 1 tends to the
 * Gompertz, H → φ(e^(λt) − 1) (hazard φλe^(λt)); −1 &lt; κ &lt; 0 is defective, with cure fraction
 * S(∞) = exp(−φ(1 + κ)/|κ|). Covariates on λ give an AFT model, on φ a PH model, on γ (and κ) a
 * non-AFT/non-PH multi-parameter regression.
 *
 * <p><b>Our reading, not verified against the paper's text.</b> Only the paper's abstract could be
 * read here. It states the four parameters (two scale-type, AFT and PH, and two shapes, one of them
 * a "power" shape) and the nested Weibull, log-logistic, Burr XII, Gompertz and cure models. The
 * form above, with the (1 + κ) adaptation of the power generalised Weibull of Bagdonavičius and
 * Nikulin that makes the Gompertz a limit, is our best reading of it; the form in our spec, φ/κ·((1
 * + (λt)^γ)^κ − 1), shares the κ = 1 and κ = 0 cases and the cure fraction at κ &lt; 0 (there
 * exp(φ/κ)) but has no Gompertz limit, so we did not use it.
 *
 * <p>Parameters in order: λ (log link), φ (log link), γ (log link), κ (log(1 + κ) link). The
 * log-likelihood gradient is analytic; κ's derivative uses a series where κ·log u is below 10⁻².
 */
public final class ApgwFamily implements HazardFamily {
    /** The family. */
    public static final ApgwFamily INSTANCE = new ApgwFamily();

    private static final List<String> NAMES = List.of("lambda", "phi", "gamma", "kappa");
    private static final List<Link> LINKS =
            List.of(Link.LOG, Link.LOG, Link.LOG, Link.LOG_ONE_PLUS);

    private ApgwFamily() {}

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "APGW";
    }

    /** {@inheritDoc} */
    @Override
    public List<String> parameterNames() {
        return NAMES;
    }

    /** {@inheritDoc} */
    @Override
    public List<Link> links() {
        return LINKS;
    }

    /** {@inheritDoc} */
    @Override
    public double cumulativeHazard(double t, double[] theta) {
        double lambda = theta[0];
        double phi = theta[1];
        double gamma = theta[2];
        double kappa = theta[3];
        double c = 1 + kappa;
        if (t <= 0) {
            return 0;
        }
        if (Double.isInfinite(t)) {
            return kappa < 0 ? -phi * c / kappa : Double.POSITIVE_INFINITY;
        }
        double x = Math.pow(lambda * t, gamma);
        double logU = Math.log1p(x / c);
        return phi * c * powerTerm(kappa, logU);
    }

    /** {@inheritDoc} */
    @Override
    public double logHazard(double t, double[] theta) {
        double lambda = theta[0];
        double phi = theta[1];
        double gamma = theta[2];
        double kappa = theta[3];
        double logX = gamma * Math.log(lambda * t);
        double logU = Math.log1p(Math.exp(logX) / (1 + kappa));
        return Math.log(phi) + Math.log(gamma) + logX - Math.log(t) + (kappa - 1) * logU;
    }

    /** {@inheritDoc} */
    @Override
    public double inverseCumulativeHazard(double y, double[] theta) {
        double lambda = theta[0];
        double phi = theta[1];
        double gamma = theta[2];
        double kappa = theta[3];
        double c = 1 + kappa;
        double e = y / (phi * c); // (u^κ − 1)/κ
        double logU;
        if (kappa == 0) {
            logU = e;
        } else {
            double inner = kappa * e;
            if (inner <= -1) {
                return Double.POSITIVE_INFINITY; // cured: H never reaches y
            }
            logU = Math.log1p(inner) / kappa;
        }
        double logX = Math.log(c) + Math.log(Math.expm1(logU));
        return Math.exp(logX / gamma) / lambda;
    }

    /** {@inheritDoc} */
    @Override
    public double[] start(double medianTime) {
        return new double[] {1 / medianTime, 1, 1, 0.5};
    }

    /** {@inheritDoc} */
    @Override
    public double logLikelihood(double t, boolean event, double[] eta, double[] gradient) {
        double phi = Math.exp(eta[1]);
        double gamma = Math.exp(eta[2]);
        double c = Math.exp(eta[3]);
        double kappa = Math.expm1(eta[3]);
        double bigL = eta[0] + Math.log(t); // log(λt)
        double logX = gamma * bigL;
        double x = Math.exp(logX);
        double logU = Math.log1p(x / c);
        double q = x / (c + x); // x/(c·u)
        double power = powerTerm(kappa, logU); // (u^κ − 1)/κ
        double hValue = phi * c * power;
        double xuk1 = Math.exp(logX + (kappa - 1) * logU); // x·u^(κ−1)
        // H and its derivatives with respect to η = (log λ, log φ, log γ, log(1 + κ)).
        double dH0 = phi * gamma * xuk1;
        double dH1 = hValue;
        double dH2 = phi * gamma * bigL * xuk1;
        double dH3 = hValue + phi * c * c * powerDerivative(kappa, logU) - phi * xuk1;
        double value = -hValue;
        gradient[0] = -dH0;
        gradient[1] = -dH1;
        gradient[2] = -dH2;
        gradient[3] = -dH3;
        if (event) {
            value += eta[1] + eta[2] + logX - Math.log(t) + (kappa - 1) * logU;
            gradient[0] += gamma + (kappa - 1) * gamma * q;
            gradient[1] += 1;
            gradient[2] += 1 + gamma * bigL + (kappa - 1) * gamma * bigL * q;
            gradient[3] += c * logU - (kappa - 1) * q;
        }
        return value;
    }

    /** (u^κ − 1)/κ from ℓ = log u, continuous at κ = 0 (where it is ℓ). */
    static double powerTerm(double kappa, double logU) {
        double a = kappa * logU;
        return a == 0 ? logU : logU * Math.expm1(a) / a;
    }

    /** ∂/∂κ of (u^κ − 1)/κ at fixed u: ℓ²·(a·e^a − e^a + 1)/a², a = κℓ (→ ℓ²/2 at a = 0). */
    static double powerDerivative(double kappa, double logU) {
        double a = kappa * logU;
        double g;
        if (Math.abs(a) < 1e-2) {
            g = 0.5 + a * (1.0 / 3 + a * (1.0 / 8 + a * (1.0 / 30 + a / 144)));
        } else {
            g = (a * Math.exp(a) - Math.expm1(a)) / (a * a);
        }
        return logU * logU * g;
    }
}
