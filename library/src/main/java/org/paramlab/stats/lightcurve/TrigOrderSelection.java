package org.paramlab.stats.lightcurve;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Trigonometric polynomials of orders 1 … s_max fitted to one light curve, with the order chosen by
 * leave-one-out cross-validation or by the smallest σ[x_C] (Andronov's statistically optimal
 * degree; see {@link TrigPolynomialFit}).
 *
 * @param fits one fit per order, ascending
 */
public record TrigOrderSelection(List<TrigPolynomialFit> fits) {

    /** Copies the list. */
    public TrigOrderSelection {
        fits = List.copyOf(fits);
    }

    /**
     * Fits every order from 1 to {@code maxOrder} (fewer if the data cannot support them).
     *
     * @throws IllegalArgumentException if not even order 1 can be fitted
     */
    public static TrigOrderSelection select(double[] phases, double[] values, int maxOrder) {
        int top = Math.min(maxOrder, (phases.length - 3) / 2);
        if (top < 1) {
            throw new IllegalArgumentException(
                    "Too few observations (" + phases.length + ") for even a first-order fit.");
        }
        TrigPolynomialFit.Design design = TrigPolynomialFit.Design.of(phases, values, top);
        List<TrigPolynomialFit> fits = new ArrayList<>();
        for (int s = 1; s <= top; s++) {
            fits.add(design.fit(s));
        }
        return new TrigOrderSelection(fits);
    }

    /** The order with the smallest leave-one-out rms. */
    public TrigPolynomialFit bestByCrossValidation() {
        return fits.stream()
                .min(Comparator.comparingDouble(TrigPolynomialFit::looRms))
                .orElseThrow();
    }

    /** The order with the smallest σ[x_C] (Andronov's statistically optimal degree). */
    public TrigPolynomialFit bestBySmoothingAccuracy() {
        return fits.stream()
                .min(Comparator.comparingDouble(TrigPolynomialFit::smoothingAccuracy))
                .orElseThrow();
    }

    /** One row per order: s, m, σ₀, σ[x_C], LOO rms. */
    public Table table() {
        IntColumn order = IntColumn.create("s");
        IntColumn params = IntColumn.create("m");
        DoubleColumn sigma = DoubleColumn.create("\u03c3\u2080");
        DoubleColumn accuracy = DoubleColumn.create("\u03c3[x_C]");
        DoubleColumn loo = DoubleColumn.create("LOO rms");
        for (TrigPolynomialFit fit : fits) {
            order.append(fit.order());
            params.append(fit.parameterCount());
            sigma.append(fit.sigma());
            accuracy.append(fit.smoothingAccuracy());
            loo.append(fit.looRms());
        }
        return Table.create("trigonometric polynomial fits")
                .addColumns(order, params, sigma, accuracy, loo);
    }
}
