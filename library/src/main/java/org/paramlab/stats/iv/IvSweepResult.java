package org.paramlab.stats.iv;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Errors of several estimators over a swept parameter (γ or α) and a set of random SEMs: the square
 * root of the relative squared error √(‖ŵ − f‖² / (‖ŵ − f‖² + ‖f‖²)) of the authors' {@code
 * src/experiments/utils.py} (0 is exact; the zero estimate scores √½).
 *
 * @param parameter the swept parameter's name, e.g. {@code "γ"}
 * @param values the swept values
 * @param errors method label → [value][SEM] errors
 * @param augmentationDimensions the dimension k of G for each SEM
 */
public record IvSweepResult(
        String parameter,
        double[] values,
        Map<String, double[][]> errors,
        int[] augmentationDimensions) {

    /** Copies the arrays. */
    public IvSweepResult {
        values = values.clone();
        augmentationDimensions = augmentationDimensions.clone();
        errors = Map.copyOf(errors);
    }

    /** The {@code values} values (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The methods in the result, in a stable order. */
    public List<String> methods() {
        return Arrays.stream(IvMethod.values())
                .map(IvMethod::label)
                .filter(errors::containsKey)
                .toList();
    }

    /** The mean error of {@code method} at each swept value. */
    public double[] mean(String method) {
        double[][] e = errorsOf(method);
        double[] out = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            out[i] = Arrays.stream(e[i]).average().orElse(Double.NaN);
        }
        return out;
    }

    /** The {@code q}-quantile (0–1) of {@code method}'s error over SEMs at each value. */
    public double[] quantile(String method, double q) {
        double[][] e = errorsOf(method);
        double[] out = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            double[] sorted = e[i].clone();
            Arrays.sort(sorted);
            double pos = q * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(sorted.length - 1, lo + 1);
            out[i] = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
        }
        return out;
    }

    /** The errors of one method, [value][SEM] (a copy). */
    public double[][] errorsOf(String method) {
        double[][] e = errors.get(method);
        if (e == null) {
            throw new IllegalArgumentException(
                    "No method '" + method + "'; the result has " + methods() + ".");
        }
        double[][] copy = new double[e.length][];
        for (int i = 0; i < e.length; i++) {
            copy[i] = e[i].clone();
        }
        return copy;
    }

    /** Mean error per method (columns) at each swept value (rows). */
    public Table table() {
        Table t =
                Table.create("mean √RSE over " + augmentationDimensions.length + " SEMs")
                        .addColumns(DoubleColumn.create(parameter, values));
        for (String method : methods()) {
            DoubleColumn column = DoubleColumn.create(method, mean(method));
            column.setPrintFormatter(
                    new java.text.DecimalFormat(
                            "0.0000",
                            java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)),
                    "");
            t.addColumns(column);
        }
        return t;
    }
}
