package org.paramlab.stats.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A multi-parameter regression model: a {@link HazardFamily} whose every parameter is either fixed
 * or given by its link of an intercept plus covariates, θ_k = link⁻¹(β_k0 + Σ_j β_kj x_j) (Burke
 * and MacKenzie, Biometrics 73(2):678–686, 2017; Burke, Jones and Noufaily, JRSS-C 69(2):429–457,
 * 2020, arXiv:1901.03212).
 *
 * <pre>{@code
 * var apgwPhPower = SurvivalModel.of("APGW-PH+power", ApgwFamily.INSTANCE)
 *         .withCovariates("phi", "trt")        // proportional hazards term
 *         .withCovariates("gamma", "trt");     // power (non-PH) term
 * var weibullPh = SurvivalModel.of("Weibull-PH", ApgwFamily.INSTANCE)
 *         .withFixed("lambda", 1).withFixed("kappa", 1).withCovariates("phi", "trt");
 * }</pre>
 *
 * <p>Coefficients are named {@code parameter:(Intercept)} and {@code parameter:covariate}, in the
 * family's parameter order.
 *
 * @param name a label for tables and charts
 * @param family the distribution
 * @param terms one term per family parameter, in the family's order
 */
public record SurvivalModel(String name, HazardFamily family, List<Term> terms) {

    /**
     * How one distribution parameter is set.
     *
     * @param parameter the family's parameter name
     * @param fixed the parameter's fixed natural value, or empty when it is estimated
     * @param covariates covariates of its linear predictor (after the intercept) when estimated
     */
    public record Term(String parameter, OptionalDouble fixed, List<String> covariates) {
        /** Copies the covariate list. */
        public Term {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(fixed, "fixed");
            covariates = List.copyOf(covariates);
            if (fixed.isPresent() && !covariates.isEmpty()) {
                throw new IllegalArgumentException(
                        "Parameter '" + parameter + "' cannot be fixed and have covariates.");
            }
        }

        /** True when the parameter is estimated. */
        public boolean free() {
            return fixed.isEmpty();
        }
    }

    /**
     * Validates the terms against the family.
     *
     * @throws IllegalArgumentException if a term is missing, out of order, repeated, or fixes a
     *     value outside its link's range
     */
    public SurvivalModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        terms = List.copyOf(terms);
        if (!terms.stream().map(Term::parameter).toList().equals(family.parameterNames())) {
            throw new IllegalArgumentException(
                    "Model '"
                            + name
                            + "' needs one term per "
                            + family.name()
                            + " parameter "
                            + family.parameterNames()
                            + ", found "
                            + terms.stream().map(Term::parameter).toList()
                            + ".");
        }
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            if (term.fixed().isPresent()) {
                family.links().get(k).toLink(term.fixed().getAsDouble());
            }
            if (term.covariates().stream().distinct().count() != term.covariates().size()) {
                throw new IllegalArgumentException(
                        "Parameter '"
                                + term.parameter()
                                + "' lists a covariate twice: "
                                + term.covariates()
                                + ".");
            }
        }
        if (terms.stream().noneMatch(Term::free)) {
            throw new IllegalArgumentException(
                    "Model '" + name + "' fixes every parameter; leave at least one free.");
        }
    }

    /** Every parameter free, intercept only. */
    public static SurvivalModel of(String name, HazardFamily family) {
        List<Term> terms = new ArrayList<>();
        for (String parameter : family.parameterNames()) {
            terms.add(new Term(parameter, OptionalDouble.empty(), List.of()));
        }
        return new SurvivalModel(name, family, terms);
    }

    /** This model with {@code parameter} estimated with these covariates (replacing any). */
    public SurvivalModel withCovariates(String parameter, String... covariates) {
        return with(new Term(parameter, OptionalDouble.empty(), List.of(covariates)));
    }

    /** This model with {@code parameter} fixed at the natural value {@code value}. */
    public SurvivalModel withFixed(String parameter, double value) {
        return with(new Term(parameter, OptionalDouble.of(value), List.of()));
    }

    /** This model under another name. */
    public SurvivalModel withName(String value) {
        return new SurvivalModel(value, family, terms);
    }

    private SurvivalModel with(Term term) {
        int k = family.indexOf(term.parameter());
        List<Term> next = new ArrayList<>(terms);
        next.set(k, term);
        return new SurvivalModel(name, family, next);
    }

    /**
     * The estimated coefficients' names, e.g. {@code [phi:(Intercept), phi:trt,
     * gamma:(Intercept)]}.
     */
    public List<String> coefficientNames() {
        List<String> names = new ArrayList<>();
        for (Term term : terms) {
            if (term.free()) {
                names.add(term.parameter() + ":(Intercept)");
                for (String covariate : term.covariates()) {
                    names.add(term.parameter() + ":" + covariate);
                }
            }
        }
        return names;
    }

    /** The number of estimated coefficients. */
    public int coefficientCount() {
        return coefficientNames().size();
    }

    /** Every covariate the model uses, each once, in order of first use. */
    public List<String> covariates() {
        return terms.stream().flatMap(t -> t.covariates().stream()).distinct().toList();
    }

    /**
     * The natural parameters θ for one covariate profile.
     *
     * @param coefficients the estimated coefficients, in {@link #coefficientNames()} order
     * @param covariateValues the values of {@link #covariates()}, in that order
     */
    public double[] parameters(double[] coefficients, double[] covariateValues) {
        if (coefficients.length != coefficientCount()) {
            throw new IllegalArgumentException(
                    "Model '"
                            + name
                            + "' has "
                            + coefficientCount()
                            + " coefficients, found "
                            + coefficients.length
                            + ".");
        }
        List<String> all = covariates();
        if (covariateValues.length != all.size()) {
            throw new IllegalArgumentException(
                    "Model '"
                            + name
                            + "' needs values for "
                            + all
                            + ", found "
                            + covariateValues.length
                            + ".");
        }
        double[] theta = new double[terms.size()];
        int c = 0;
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            Link link = family.links().get(k);
            if (!term.free()) {
                theta[k] = term.fixed().getAsDouble();
                continue;
            }
            double eta = coefficients[c++];
            for (String covariate : term.covariates()) {
                eta += coefficients[c++] * covariateValues[all.indexOf(covariate)];
            }
            theta[k] = link.toNatural(eta);
        }
        return theta;
    }

    /** E.g. {@code APGW-PH+power: APGW, phi ~ trt, gamma ~ trt, lambda and kappa constant}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Term term : terms) {
            if (term.fixed().isPresent()) {
                parts.add(term.parameter() + " = " + term.fixed().getAsDouble());
            } else if (term.covariates().isEmpty()) {
                parts.add(term.parameter() + " ~ 1");
            } else {
                parts.add(term.parameter() + " ~ " + String.join(" + ", term.covariates()));
            }
        }
        return name + ": " + family.name() + ", " + String.join(", ", parts);
    }
}
