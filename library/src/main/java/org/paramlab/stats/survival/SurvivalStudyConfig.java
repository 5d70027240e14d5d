package org.paramlab.stats.survival;

import java.util.Objects;

/**
 * A simulation study in the manner of Burke, Jones and Noufaily (JRSS-C 69(2):429–457, 2020,
 * arXiv:1901.03212, §4): data sets of {@code subjects} subjects from {@code truth} with a balanced
 * binary covariate {@code x} (first half 0, second half 1), exponential censoring tuned to {@code
 * censoredFraction}, each fitted with {@code fitted}.
 *
 * <p>The paper's true values and its exact design were not available here; the defaults of the
 * notebook are our choices and are stated there.
 *
 * @param truth the data-generating model (uses covariate {@code x})
 * @param trueCoefficients the true coefficients, in {@code truth.coefficientNames()} order
 * @param fitted the model fitted to each data set (uses covariate {@code x})
 * @param subjects n per data set
 * @param replications the number of data sets
 * @param censoredFraction the expected share censored
 * @param seed seed of the study (replication i uses the i-th split stream)
 * @param threads worker threads (results do not depend on it)
 */
public record SurvivalStudyConfig(
        SurvivalModel truth,
        double[] trueCoefficients,
        SurvivalModel fitted,
        int subjects,
        int replications,
        double censoredFraction,
        long seed,
        int threads) {
    /** The name of the binary covariate. */
    public static final String COVARIATE = "x";

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException for too few subjects or replications, a censoring share
     *     outside [0, 1), a coefficient count that does not match the truth, or threads &lt; 1
     */
    public SurvivalStudyConfig {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(fitted, "fitted");
        trueCoefficients = trueCoefficients.clone();
        if (trueCoefficients.length != truth.coefficientCount()) {
            throw new IllegalArgumentException(
                    "The truth '"
                            + truth.name()
                            + "' has coefficients "
                            + truth.coefficientNames()
                            + ", found "
                            + trueCoefficients.length
                            + " values.");
        }
        if (subjects < 10) {
            throw new IllegalArgumentException(
                    "subjects must be at least 10, found " + subjects + ".");
        }
        if (replications < 2) {
            throw new IllegalArgumentException(
                    "replications must be at least 2, found " + replications + ".");
        }
        if (!(censoredFraction >= 0 && censoredFraction < 1)) {
            throw new IllegalArgumentException(
                    "censoredFraction must be in [0, 1), found " + censoredFraction + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException(
                    "threads must be at least 1, found " + threads + ".");
        }
    }

    /** The true coefficients (a copy). */
    @Override
    public double[] trueCoefficients() {
        return trueCoefficients.clone();
    }

    /** This config with another sample size. */
    public SurvivalStudyConfig withSubjects(int value) {
        return new SurvivalStudyConfig(
                truth,
                trueCoefficients,
                fitted,
                value,
                replications,
                censoredFraction,
                seed,
                threads);
    }

    /** This config with another number of replications. */
    public SurvivalStudyConfig withReplications(int value) {
        return new SurvivalStudyConfig(
                truth, trueCoefficients, fitted, subjects, value, censoredFraction, seed, threads);
    }

    /** This config fitting another model. */
    public SurvivalStudyConfig withFitted(SurvivalModel value) {
        return new SurvivalStudyConfig(
                truth,
                trueCoefficients,
                value,
                subjects,
                replications,
                censoredFraction,
                seed,
                threads);
    }

    /** This config with another seed. */
    public SurvivalStudyConfig withSeed(long value) {
        return new SurvivalStudyConfig(
                truth,
                trueCoefficients,
                fitted,
                subjects,
                replications,
                censoredFraction,
                value,
                threads);
    }

    /** This config on another number of threads. */
    public SurvivalStudyConfig withThreads(int value) {
        return new SurvivalStudyConfig(
                truth,
                trueCoefficients,
                fitted,
                subjects,
                replications,
                censoredFraction,
                seed,
                value);
    }
}
