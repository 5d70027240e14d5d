package org.paramlab.stats.survival;

import java.util.List;

/**
 * A parametric family of survival distributions, described by its cumulative hazard H(t; θ) and
 * hazard h(t; θ) = H′(t; θ), S(t) = exp(−H(t)). The censored log-likelihood of (tᵢ, δᵢ) is Σ δᵢ log
 * h(tᵢ) − H(tᵢ); {@link SurvivalMle} maximises it with each parameter θ_k given by a {@link Link}
 * of its own linear predictor (multi-parameter regression).
 *
 * <p>Implementations: {@link WeibullFamily}, {@link LogLogisticFamily}, {@link BurrFamily}, {@link
 * GompertzFamily} and the four-parameter {@link ApgwFamily} of Burke, Jones and Noufaily, which
 * nests the others. A new family implements the four functions below; its log-likelihood gradient
 * defaults to central differences and may be overridden with the analytic one (the tests compare
 * the two).
 */
public interface HazardFamily {
    /** A short name, e.g. {@code "APGW"}. */
    String name();

    /** The parameters' names in order, e.g. {@code [lambda, phi, gamma, kappa]}. */
    List<String> parameterNames();

    /** Each parameter's link, in the order of {@link #parameterNames()}. */
    List<Link> links();

    /** H(t; θ) for t ≥ 0, θ on the natural scale. */
    double cumulativeHazard(double t, double[] theta);

    /** log h(t; θ) for t &gt; 0. */
    double logHazard(double t, double[] theta);

    /**
     * H⁻¹(y; θ): the t with H(t) = y, or {@link Double#POSITIVE_INFINITY} when y ≥ H(∞) (a cured
     * subject of a defective distribution). Simulation draws T = H⁻¹(−log U), U ~ U(0, 1).
     */
    double inverseCumulativeHazard(double y, double[] theta);

    /**
     * Natural-scale start values for fitting data whose median observed time is {@code medianTime}.
     */
    double[] start(double medianTime);

    /** The number of parameters. */
    default int size() {
        return parameterNames().size();
    }

    /** The index of {@code parameter}, or an error listing the names. */
    default int indexOf(String parameter) {
        int index = parameterNames().indexOf(parameter);
        if (index < 0) {
            throw new IllegalArgumentException(
                    name()
                            + " has no parameter '"
                            + parameter
                            + "'; its parameters are "
                            + parameterNames()
                            + ".");
        }
        return index;
    }

    /** S(t; θ) = exp(−H(t; θ)). */
    default double survival(double t, double[] theta) {
        return Math.exp(-cumulativeHazard(t, theta));
    }

    /** h(t; θ). */
    default double hazard(double t, double[] theta) {
        return Math.exp(logHazard(t, theta));
    }

    /** S(∞) = exp(−H(∞)): the cure fraction, 0 for a proper distribution. */
    default double cureFraction(double[] theta) {
        return Math.exp(-cumulativeHazard(Double.POSITIVE_INFINITY, theta));
    }

    /** θ from the linear predictors η. */
    default double[] natural(double[] eta) {
        List<Link> links = links();
        double[] theta = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
            theta[k] = links.get(k).toNatural(eta[k]);
        }
        return theta;
    }

    /**
     * One observation's log-likelihood δ log h(t) − H(t) at linear predictors η, writing its
     * gradient with respect to η into {@code gradient}. The default differentiates numerically;
     * families override it with analytic derivatives.
     */
    default double logLikelihood(double t, boolean event, double[] eta, double[] gradient) {
        double value = term(t, event, eta);
        double[] point = eta.clone();
        for (int k = 0; k < eta.length; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(eta[k]));
            point[k] = eta[k] + h;
            double up = term(t, event, point);
            point[k] = eta[k] - h;
            double down = term(t, event, point);
            point[k] = eta[k];
            gradient[k] = (up - down) / (2 * h);
        }
        return value;
    }

    private double term(double t, boolean event, double[] eta) {
        double[] theta = natural(eta);
        double value = -cumulativeHazard(t, theta);
        return event ? value + logHazard(t, theta) : value;
    }
}
