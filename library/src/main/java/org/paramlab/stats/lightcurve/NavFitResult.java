package org.paramlab.stats.lightcurve;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A least-squares fit of the {@link NavModel}. Immutable: accessors return copies.
 *
 * @param parameters C₁ … C₁₀
 * @param standardErrors their standard errors from σ₀²(JᵀJ)⁻¹ (delta method for C₈, C₉, C₁₀, fitted
 *     on the log scale)
 * @param residualSumOfSquares RSS
 * @param observations n
 * @param iterations Levenberg–Marquardt iterations after the grid seed
 */
public record NavFitResult(
        double[] parameters,
        double[] standardErrors,
        double residualSumOfSquares,
        int observations,
        int iterations) {

    /** Copies the arrays. */
    public NavFitResult {
        parameters = parameters.clone();
        standardErrors = standardErrors.clone();
    }

    /** The {@code parameters} values (a copy). */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** The {@code standardErrors} values (a copy). */
    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** m(φ) of the fit. */
    public double value(double phase) {
        return NavModel.value(phase, parameters);
    }

    /** σ₀ = √(RSS/(n − 10)). */
    public double sigma() {
        return Math.sqrt(residualSumOfSquares / (observations - 10));
    }

    /** σ[x_C] = σ₀√(10/n), the mean accuracy of the smoothing curve. */
    public double smoothingAccuracy() {
        return sigma() * Math.sqrt(10.0 / observations);
    }

    /** Parameter table: name, meaning, value, SE. */
    public Table table() {
        String[] meaning = {
            "mean level", "cos 2πφ", "sin 2πφ", "cos 4πφ", "sin 4πφ",
            "primary depth", "secondary depth", "eclipse half-width", "primary shape β₁",
                    "secondary shape β₂"
        };
        return Table.create(
                        "NAV fit, \u03c3\u2080 = "
                                + String.format(java.util.Locale.ROOT, "%.5f", sigma()))
                .addColumns(
                        StringColumn.create("parameter", NavModel.NAMES),
                        StringColumn.create("meaning", meaning),
                        DoubleColumn.create("value", parameters),
                        DoubleColumn.create("SE", standardErrors));
    }
}
