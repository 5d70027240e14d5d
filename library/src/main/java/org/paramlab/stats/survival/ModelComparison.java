package org.paramlab.stats.survival;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * Fitted survival models side by side: coefficients, log-likelihood, AIC and ΔAIC from the best
 * (Akaike, "A new look at the statistical model identification", IEEE Transactions on Automatic
 * Control 19(6):716–723, 1974), as in the model-comparison tables of Burke, Jones and Noufaily,
 * JRSS-C 69(2):429–457, 2020, arXiv:1901.03212.
 */
public final class ModelComparison {
    private ModelComparison() {}

    /**
     * One row per fit: model, parameters, logLik, AIC, ΔAIC, converged.
     *
     * @throws IllegalArgumentException if the fits use different data sizes
     */
    public static Table of(List<SurvivalFitResult> fits) {
        StringColumn model = StringColumn.create("model");
        IntColumn parameters = IntColumn.create("parameters");
        DoubleColumn logLik = DoubleColumn.create("logLik");
        DoubleColumn aic = DoubleColumn.create("AIC");
        DoubleColumn delta = DoubleColumn.create("\u0394AIC");
        StringColumn converged = StringColumn.create("converged");
        double best = fits.stream().mapToDouble(SurvivalFitResult::aic).min().orElse(Double.NaN);
        for (SurvivalFitResult fit : fits) {
            if (fit.subjects() != fits.get(0).subjects()) {
                throw new IllegalArgumentException(
                        "AIC compares fits on the same data; found "
                                + fit.subjects()
                                + " and "
                                + fits.get(0).subjects()
                                + " subjects.");
            }
            model.append(fit.model().name());
            parameters.append(fit.parameterCount());
            logLik.append(fit.logLikelihood());
            aic.append(fit.aic());
            delta.append(fit.aic() - best);
            converged.append(fit.converged() ? "yes" : "no (" + fit.stop() + ")");
        }
        return Table.create("model comparison")
                .addColumns(model, parameters, logLik, aic, delta, converged);
    }
}
