package org.paramlab.stats.lightcurve;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.function.DoubleUnaryOperator;

/**
 * One system's light curve with its trigonometric and NAV fits, and the figures the comparison
 * rests on: each fit's unbiased residual deviation σ₀ (what real photometry allows) and, because
 * the data are synthetic, its rms deviation from the noiseless curve.
 *
 * @param system the synthetic binary
 * @param sample the observed light curve
 * @param selection trigonometric fits of every order
 * @param nav the NAV fit
 */
public record NavComparisonResult(
        EclipsingBinary system,
        PhotometrySample sample,
        TrigOrderSelection selection,
        NavFitResult nav) {
    private static final int TRUTH_GRID = 4000;

    /**
     * The rms deviation of {@code curve} from the noiseless light curve over a uniform phase grid.
     */
    public double truthRms(DoubleUnaryOperator curve) {
        double sum = 0;
        for (int i = 0; i < TRUTH_GRID; i++) {
            double phase = (i + 0.5) / TRUTH_GRID;
            double d = curve.applyAsDouble(phase) - system.magnitude(phase);
            sum += d * d;
        }
        return Math.sqrt(sum / TRUTH_GRID);
    }

    /** The trigonometric polynomial chosen by cross-validation. */
    public TrigPolynomialFit optimalTrig() {
        return selection.bestByCrossValidation();
    }

    /**
     * NAV σ₀ over the noise σ: near 1 when the eclipse shape suffices, above 1.1 when it does not.
     */
    public double navSigmaRatio() {
        return nav.sigma() / sample.sigma();
    }

    /** Rows: TP (CV), TP (σ[x_C]), NAV; columns: parameters, σ₀, σ[x_C], rms vs truth. */
    public Table table() {
        TrigPolynomialFit cv = selection.bestByCrossValidation();
        TrigPolynomialFit acc = selection.bestBySmoothingAccuracy();
        StringColumn model =
                StringColumn.create(
                        "model",
                        "TP s = " + cv.order() + " (LOO CV)",
                        "TP s = " + acc.order() + " (min \u03c3[x_C])",
                        "NAV");
        IntColumn params =
                IntColumn.create("parameters", cv.parameterCount(), acc.parameterCount(), 10);
        DoubleColumn sigma =
                DoubleColumn.create("\u03c3\u2080", cv.sigma(), acc.sigma(), nav.sigma());
        DoubleColumn accuracy =
                DoubleColumn.create(
                        "\u03c3[x_C]",
                        cv.smoothingAccuracy(),
                        acc.smoothingAccuracy(),
                        nav.smoothingAccuracy());
        DoubleColumn truth =
                DoubleColumn.create(
                        "rms vs truth",
                        truthRms(cv::value),
                        truthRms(acc::value),
                        truthRms(nav::value));
        return Table.create(
                        system.name() + ", n = " + sample.size() + ", \u03c3 = " + sample.sigma())
                .addColumns(model, params, sigma, accuracy, truth);
    }
}
