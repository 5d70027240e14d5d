package org.paramlab.stats.sensing;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * A table of runs with the fit their theory predicts ({@link RateFit#predicted}) beside the
 * prediction of Xiong, Ding and Du (ICLR 2024, arXiv:2310.01769): symmetric k = r and asymmetric k
 * = r converge linearly, exp(−Ω(T)); symmetric k &gt; r has an Ω(1/T²) loss, i.e. a Frobenius error
 * slope of −1 on log-log axes (Theorem 1.1); asymmetric k &gt; r converges at exp(−Ω(α²T)), so ρ/α²
 * should not depend on α (Theorem 1.3); the one-step modification (§5) makes ρ independent of α.
 *
 * <p>Columns: run, sensing, k, α, modified at (step, -1 if none), error at T, model, slope s, rate
 * ρ (per step; empty for power laws), ρ/α², R², fit window, paper predicts, note (why a fit is
 * missing, if it is).
 */
public final class RateTable {
    private RateTable() {}

    /** One row per result, in order. */
    public static Table of(List<MatrixSensingResult> results) {
        StringColumn run = StringColumn.create("run");
        StringColumn sensing = StringColumn.create("sensing");
        IntColumn k = IntColumn.create("k");
        DoubleColumn alpha = DoubleColumn.create("\u03b1");
        IntColumn modifiedAt = IntColumn.create("modified at");
        DoubleColumn finalError = DoubleColumn.create("error at T");
        StringColumn model = StringColumn.create("model");
        DoubleColumn slope = DoubleColumn.create("slope s");
        DoubleColumn rate = DoubleColumn.create("rate \u03c1");
        DoubleColumn ratePerAlpha2 = DoubleColumn.create("\u03c1/\u03b1\u00b2");
        DoubleColumn rSquared = DoubleColumn.create("R\u00b2");
        StringColumn window = StringColumn.create("window");
        StringColumn predicts = StringColumn.create("paper predicts");
        StringColumn note = StringColumn.create("note");
        for (MatrixSensingResult result : results) {
            MatrixSensingConfig config = result.config();
            run.append(config.factorization().shortName());
            sensing.append(config.sensing().label());
            k.append(config.k());
            alpha.append(config.alpha());
            modifiedAt.append(result.modifiedAtStep());
            finalError.append(result.finalError());
            predicts.append(prediction(config));
            try {
                RateFit fit = RateFit.predicted(result);
                boolean power = fit.kind() == RateFit.Kind.POWER_LAW;
                model.append(power ? "e \u221d t^s" : "e \u221d exp(-\u03c1t)");
                slope.append(fit.slope());
                rate.append(power ? Double.NaN : fit.rate());
                ratePerAlpha2.append(
                        power ? Double.NaN : fit.rate() / (config.alpha() * config.alpha()));
                rSquared.append(fit.rSquared());
                window.append(
                        String.format(Locale.ROOT, "[%.0f, %.0f]", fit.fromStep(), fit.toStep()));
                note.append(result.diverged() ? "diverged" : "");
            } catch (IllegalArgumentException noFit) {
                model.append("none");
                slope.append(Double.NaN);
                rate.append(Double.NaN);
                ratePerAlpha2.append(Double.NaN);
                rSquared.append(Double.NaN);
                window.append("");
                note.append(noFit.getMessage());
            }
        }
        format(alpha, "0.###");
        format(finalError, "0.000E0");
        format(slope, "0.000");
        format(rate, "0.000E0");
        format(ratePerAlpha2, "0.0000");
        format(rSquared, "0.00000");
        return Table.create("fitted rates vs the paper's predictions")
                .addColumns(
                        run,
                        sensing,
                        k,
                        alpha,
                        modifiedAt,
                        finalError,
                        model,
                        slope,
                        rate,
                        ratePerAlpha2,
                        rSquared,
                        window,
                        predicts,
                        note);
    }

    private static void format(DoubleColumn column, String pattern) {
        column.setPrintFormatter(
                new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
    }

    /** The paper's prediction for this kind of run, in words. */
    static String prediction(MatrixSensingConfig config) {
        if (!(config.modification() instanceof Modification.None)) {
            return "linear, \u03c1 independent of \u03b1 (\u00a75)";
        }
        if (!config.overParameterized()) {
            return "linear, exp(-\u03a9(T))";
        }
        return config.factorization() == Factorization.SYMMETRIC
                ? "s = -1 (loss \u03a9(1/T\u00b2), Thm 1.1)"
                : "linear, \u03c1 \u221d \u03b1\u00b2 (Thm 1.3)";
    }
}
