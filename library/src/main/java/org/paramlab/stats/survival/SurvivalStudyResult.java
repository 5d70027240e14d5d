package org.paramlab.stats.survival;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The estimates of a {@link SurvivalStudy}: per replication and coefficient of the fitted model, β̂
 * and its standard error, with summaries over the converged replications: bias, empirical SD, mean
 * model SE, 95 % Wald coverage (β̂ ± 1.96·SE), and correlations between estimates. Immutable: array
 * accessors return copies.
 *
 * @param config the study
 * @param estimates β̂, [replication][coefficient]
 * @param standardErrors SE(β̂), [replication][coefficient]
 * @param converged whether each replication's fit converged with a positive-definite information
 * @param censoredShare the realised share censored, averaged over replications
 * @param censoringRate the exponential censoring rate used
 */
public record SurvivalStudyResult(
        SurvivalStudyConfig config,
        double[][] estimates,
        double[][] standardErrors,
        boolean[] converged,
        double censoredShare,
        double censoringRate) {
    private static final double Z95 = 1.959963984540054;

    /** Copies the arrays. */
    public SurvivalStudyResult {
        estimates = deepCopy(estimates);
        standardErrors = deepCopy(standardErrors);
        converged = converged.clone();
    }

    /** The {@code estimates} values (a copy). */
    @Override
    public double[][] estimates() {
        return deepCopy(estimates);
    }

    /** The {@code standardErrors} values (a copy). */
    @Override
    public double[][] standardErrors() {
        return deepCopy(standardErrors);
    }

    /** The {@code converged} values (a copy). */
    @Override
    public boolean[] converged() {
        return converged.clone();
    }

    /** The number of converged replications. */
    public int convergedCount() {
        int count = 0;
        for (boolean c : converged) {
            count += c ? 1 : 0;
        }
        return count;
    }

    /** The fitted model's coefficient names. */
    public List<String> names() {
        return config.fitted().coefficientNames();
    }

    /**
     * The true value of a fitted coefficient: the truth's value of the same name, or 0 when the
     * truth does not have that term (an unnecessary covariate effect).
     */
    public double trueValue(String name) {
        List<String> truthNames = config.truth().coefficientNames();
        int i = truthNames.indexOf(name);
        return i >= 0 ? config.trueCoefficients()[i] : 0;
    }

    /** Mean of β̂ − β over converged replications. */
    public double bias(String name) {
        return mean(column(estimates, name)) - trueValue(name);
    }

    /** The empirical standard deviation of β̂ over converged replications. */
    public double empiricalSd(String name) {
        double[] values = column(estimates, name);
        double mean = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** The mean model-based standard error over converged replications. */
    public double meanStandardError(String name) {
        return mean(column(standardErrors, name));
    }

    /** The share of converged replications whose 95 % Wald interval covers the true value. */
    public double coverage(String name) {
        double[] b = column(estimates, name);
        double[] se = column(standardErrors, name);
        double truth = trueValue(name);
        int covered = 0;
        for (int i = 0; i < b.length; i++) {
            covered += Math.abs(b[i] - truth) <= Z95 * se[i] ? 1 : 0;
        }
        return (double) covered / b.length;
    }

    /** The correlation of β̂_a and β̂_b across converged replications. */
    public double correlation(String a, String b) {
        double[] x = column(estimates, a);
        double[] y = column(estimates, b);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * One row per fitted coefficient: true value, mean estimate, bias, empirical SD, mean SE,
     * |bias|/SD, 95 % coverage.
     */
    public Table summary() {
        StringColumn term = StringColumn.create("term");
        DoubleColumn truth = DoubleColumn.create("true");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn bias = DoubleColumn.create("bias");
        DoubleColumn sd = DoubleColumn.create("empirical SD");
        DoubleColumn se = DoubleColumn.create("mean SE");
        DoubleColumn ratio = DoubleColumn.create("|bias|/SD");
        DoubleColumn coverage = DoubleColumn.create("coverage 95%");
        for (String name : names()) {
            term.append(name);
            truth.append(trueValue(name));
            mean.append(mean(column(estimates, name)));
            bias.append(bias(name));
            sd.append(empiricalSd(name));
            se.append(meanStandardError(name));
            ratio.append(Math.abs(bias(name)) / empiricalSd(name));
            coverage.append(coverage(name));
        }
        return Table.create(
                        String.format(
                                java.util.Locale.ROOT,
                                "%s fitted to %s, n = %d, %d of %d converged, %.1f %% censored",
                                config.fitted().name(),
                                config.truth().name(),
                                config.subjects(),
                                convergedCount(),
                                converged.length,
                                100 * censoredShare))
                .addColumns(term, truth, mean, bias, sd, se, ratio, coverage);
    }

    private double[] column(double[][] values, String name) {
        int j = names().indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException(
                    "The fitted model has no coefficient '" + name + "'; it has " + names() + ".");
        }
        double[] out = new double[convergedCount()];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (converged[i]) {
                out[k++] = values[i][j];
            }
        }
        if (k < 2) {
            throw new IllegalStateException(
                    "Only "
                            + k
                            + " replications converged; a summary needs at least 2. Check the model"
                            + " and start values.");
        }
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
