package org.paramlab.stats.survival;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.paramlab.stats.optim.BfgsResult;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Objects;

/**
 * A maximum-likelihood fit of a {@link SurvivalModel}: coefficients with standard errors from the
 * observed information (the inverse of the negative Hessian of ℓ, by finite differences of the
 * analytic score), log-likelihood, AIC = −2ℓ + 2p and how the optimiser stopped. Immutable: array
 * accessors return copies.
 *
 * @param model the fitted model
 * @param names the coefficients' names ({@link SurvivalModel#coefficientNames()})
 * @param estimates β̂ on the original covariate scale
 * @param standardErrors √diag of {@code covariance}; NaN if the information is not positive
 *     definite
 * @param covariance the inverse observed information at β̂
 * @param logLikelihood ℓ(β̂) = Σ δᵢ log h(tᵢ) − H(tᵢ)
 * @param subjects n
 * @param events the number of observed events
 * @param iterations BFGS iterations
 * @param stop why BFGS stopped
 * @param maxGradient the largest |∂ℓ/∂β| at β̂ in the standardised scale, per subject
 */
public record SurvivalFitResult(
        SurvivalModel model,
        List<String> names,
        double[] estimates,
        double[] standardErrors,
        double[][] covariance,
        double logLikelihood,
        int subjects,
        int events,
        int iterations,
        BfgsResult.Stop stop,
        double maxGradient) {

    /** Copies the arrays. */
    public SurvivalFitResult {
        Objects.requireNonNull(model, "model");
        names = List.copyOf(names);
        estimates = estimates.clone();
        standardErrors = standardErrors.clone();
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < covariance.length; i++) {
            copy[i] = covariance[i].clone();
        }
        covariance = copy;
    }

    /** β̂ (a copy). */
    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    /** Standard errors (a copy). */
    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** The covariance matrix (a copy). */
    @Override
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < covariance.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /** The number of estimated coefficients p. */
    public int parameterCount() {
        return estimates.length;
    }

    /** Akaike's information criterion, −2ℓ + 2p. */
    public double aic() {
        return -2 * logLikelihood + 2 * estimates.length;
    }

    /** The Bayesian information criterion, −2ℓ + p·log n. */
    public double bic() {
        return -2 * logLikelihood + estimates.length * Math.log(subjects);
    }

    /** True when BFGS met its gradient or value test. */
    public boolean converged() {
        return stop == BfgsResult.Stop.GRADIENT || stop == BfgsResult.Stop.VALUE;
    }

    /**
     * One coefficient, e.g. {@code estimate("phi:trt")}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the names
     */
    public double estimate(String name) {
        return estimates[index(name)];
    }

    /** One coefficient's standard error. */
    public double standardError(String name) {
        return standardErrors[index(name)];
    }

    /** The estimated correlation of two coefficients. */
    public double correlation(String a, String b) {
        int i = index(a);
        int j = index(b);
        return covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
    }

    /**
     * The natural parameters θ for a covariate profile (values of {@code model().covariates()}).
     */
    public double[] parameters(double... covariateValues) {
        return model.parameters(estimates, covariateValues);
    }

    /** S(t) for a covariate profile. */
    public double survival(double t, double... covariateValues) {
        return model.family().survival(t, parameters(covariateValues));
    }

    /** Coefficient table: term, estimate, SE, z, two-sided p, 95 % Wald interval. */
    public Table summary() {
        StringColumn term = StringColumn.create("term");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn se = DoubleColumn.create("SE");
        DoubleColumn z = DoubleColumn.create("z");
        DoubleColumn p = DoubleColumn.create("p");
        DoubleColumn lower = DoubleColumn.create("95% lower");
        DoubleColumn upper = DoubleColumn.create("95% upper");
        NormalDistribution normal = new NormalDistribution();
        for (int i = 0; i < estimates.length; i++) {
            term.append(names.get(i));
            estimate.append(estimates[i]);
            se.append(standardErrors[i]);
            double zi = estimates[i] / standardErrors[i];
            z.append(zi);
            p.append(2 * normal.cumulativeProbability(-Math.abs(zi)));
            lower.append(estimates[i] - 1.959963984540054 * standardErrors[i]);
            upper.append(estimates[i] + 1.959963984540054 * standardErrors[i]);
        }
        return Table.create(
                        String.format(
                                java.util.Locale.ROOT,
                                "%s: logLik %.3f, AIC %.2f",
                                model.name(),
                                logLikelihood,
                                aic()))
                .addColumns(term, estimate, se, z, p, lower, upper);
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(
                    "Model '"
                            + model.name()
                            + "' has no coefficient '"
                            + name
                            + "'; it has "
                            + names
                            + ".");
        }
        return i;
    }

    /** E.g. {@code APGW-PH: logLik -745.123, AIC 1498.25, 5 coefficients, converged}. */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%s: logLik %.4f, AIC %.2f, %d coefficients, %s",
                model.name(),
                logLikelihood,
                aic(),
                estimates.length,
                converged() ? "converged" : "NOT converged (" + stop + ")");
    }
}
