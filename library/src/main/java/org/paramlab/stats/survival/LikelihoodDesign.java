package org.paramlab.stats.survival;

import org.paramlab.stats.optim.LinearLeastSquares;
import org.paramlab.stats.optim.SmoothObjective;

import java.util.List;

/**
 * The censored log-likelihood of a {@link SurvivalModel} on a {@link CensoredSample}, as the
 * objective −ℓ(β)/n in standardised coefficients: each covariate enters as (x − mean)/sd, which
 * conditions the problem (lung's age next to a binary sex), and {@link #toOriginal} maps back
 * exactly (the map is linear).
 */
final class LikelihoodDesign implements SmoothObjective {
    private final HazardFamily family;
    private final double[] times;
    private final boolean[] events;
    private final int n;
    private final int parameters;

    /** First coefficient of each parameter's block, or -1 if the parameter is fixed. */
    private final int[] blockStart;

    /** Columns after the intercept, per parameter: [parameter][column][subject]. */
    private final double[][][] columns;

    private final double[][] means;
    private final double[][] sds;
    private final double[] fixedEta;
    private final int coefficients;

    LikelihoodDesign(SurvivalModel model, CensoredSample sample) {
        this.family = model.family();
        this.times = sample.times();
        this.events = sample.events();
        this.n = times.length;
        this.parameters = family.size();
        this.blockStart = new int[parameters];
        this.columns = new double[parameters][][];
        this.means = new double[parameters][];
        this.sds = new double[parameters][];
        this.fixedEta = new double[parameters];
        int next = 0;
        for (int k = 0; k < parameters; k++) {
            SurvivalModel.Term term = model.terms().get(k);
            if (!term.free()) {
                blockStart[k] = -1;
                fixedEta[k] = family.links().get(k).toLink(term.fixed().getAsDouble());
                columns[k] = new double[0][];
                means[k] = new double[0];
                sds[k] = new double[0];
                continue;
            }
            blockStart[k] = next;
            List<String> names = term.covariates();
            columns[k] = new double[names.size()][];
            means[k] = new double[names.size()];
            sds[k] = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                double[] x = sample.covariate(names.get(j));
                double mean = 0;
                for (double v : x) {
                    mean += v;
                }
                mean /= n;
                double ss = 0;
                for (double v : x) {
                    ss += (v - mean) * (v - mean);
                }
                double sd = Math.sqrt(ss / n);
                if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) {
                    throw new IllegalArgumentException(
                            "Singular design in model '"
                                    + model.name()
                                    + "': covariate '"
                                    + names.get(j)
                                    + "' of parameter '"
                                    + term.parameter()
                                    + "' is constant ("
                                    + x[0]
                                    + " for every subject), so it duplicates the intercept. Drop it"
                                    + " from the model.");
                }
                double[] z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = (x[i] - mean) / sd;
                }
                columns[k][j] = z;
                means[k][j] = mean;
                sds[k][j] = sd;
            }
            checkRank(model, term, columns[k]);
            next += 1 + names.size();
        }
        this.coefficients = next;
        if (coefficients >= n) {
            throw new IllegalArgumentException(
                    "Model '"
                            + model.name()
                            + "' has "
                            + coefficients
                            + " coefficients for "
                            + n
                            + " subjects; expected fewer coefficients than subjects.");
        }
    }

    private void checkRank(SurvivalModel model, SurvivalModel.Term term, double[][] block) {
        if (block.length < 1) {
            return;
        }
        double[][] design = new double[n][block.length + 1];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            for (int j = 0; j < block.length; j++) {
                design[i][j + 1] = block[j][i];
            }
        }
        int rank = LinearLeastSquares.rank(design);
        if (rank < block.length + 1) {
            throw new IllegalArgumentException(
                    "Singular design in model '"
                            + model.name()
                            + "': the intercept and covariates "
                            + term.covariates()
                            + " of parameter '"
                            + term.parameter()
                            + "' have rank "
                            + rank
                            + ", expected "
                            + (block.length + 1)
                            + " (one covariate is a combination of the others). Drop one of them.");
        }
    }

    int coefficientCount() {
        return coefficients;
    }

    int size() {
        return n;
    }

    /** Standardised start: each intercept at the link of the family's start value, slopes 0. */
    double[] start(double[] naturalStart) {
        double[] beta = new double[coefficients];
        for (int k = 0; k < parameters; k++) {
            if (blockStart[k] >= 0) {
                beta[blockStart[k]] = family.links().get(k).toLink(naturalStart[k]);
            }
        }
        return beta;
    }

    /** {@inheritDoc} */
    @Override
    public double evaluate(double[] beta, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double[] eta = new double[parameters];
        double[] etaGradient = new double[parameters];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < parameters; k++) {
                int start = blockStart[k];
                if (start < 0) {
                    eta[k] = fixedEta[k];
                    continue;
                }
                double value = beta[start];
                double[][] block = columns[k];
                for (int j = 0; j < block.length; j++) {
                    value += beta[start + 1 + j] * block[j][i];
                }
                eta[k] = value;
            }
            total += family.logLikelihood(times[i], events[i], eta, etaGradient);
            for (int k = 0; k < parameters; k++) {
                int start = blockStart[k];
                if (start < 0) {
                    continue;
                }
                double g = etaGradient[k];
                gradient[start] -= g;
                double[][] block = columns[k];
                for (int j = 0; j < block.length; j++) {
                    gradient[start + 1 + j] -= g * block[j][i];
                }
            }
        }
        for (int c = 0; c < coefficients; c++) {
            gradient[c] /= n;
        }
        return -total / n;
    }

    /** The matrix T with β_original = T·β_standardised. */
    double[][] toOriginal() {
        double[][] t = new double[coefficients][coefficients];
        for (int k = 0; k < parameters; k++) {
            int start = blockStart[k];
            if (start < 0) {
                continue;
            }
            t[start][start] = 1;
            for (int j = 0; j < means[k].length; j++) {
                t[start + 1 + j][start + 1 + j] = 1 / sds[k][j];
                t[start][start + 1 + j] = -means[k][j] / sds[k][j];
            }
        }
        return t;
    }

    /** β_standardised from β_original (the inverse of {@link #toOriginal}). */
    double[] toStandardised(double[] original) {
        double[] beta = original.clone();
        for (int k = 0; k < parameters; k++) {
            int start = blockStart[k];
            if (start < 0) {
                continue;
            }
            for (int j = 0; j < means[k].length; j++) {
                beta[start + 1 + j] = original[start + 1 + j] * sds[k][j];
                beta[start] += original[start + 1 + j] * means[k][j];
            }
        }
        return beta;
    }
}
