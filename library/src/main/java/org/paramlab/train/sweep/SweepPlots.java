package org.paramlab.train.sweep;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.paramlab.viz.Charts;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Charts of a sweep's table. */
public final class SweepPlots {
    private SweepPlots() {}

    /**
     * A heat map of {@code value} over the grid of {@code x} and {@code y} (numeric columns), the
     * axes in increasing order; missing or NaN cells are left blank. Where several rows share a
     * cell, the smallest value is shown (the best run of a loss).
     *
     * @throws IllegalArgumentException if a column is missing
     */
    public static HeatMapChart heatmap(Table table, String x, String y, String value) {
        for (String column : List.of(x, y, value)) {
            if (!table.columnNames().contains(column)) {
                throw new IllegalArgumentException(
                        "The table has no column '"
                                + column
                                + "'; its columns are "
                                + table.columnNames());
            }
        }
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        for (Row row : table) {
            xs.add(row.getNumber(x));
            ys.add(row.getNumber(y));
        }
        List<Double> xList = new ArrayList<>(xs);
        List<Double> yList = new ArrayList<>(ys);
        double[][] best = new double[xList.size()][yList.size()];
        for (double[] column : best) {
            java.util.Arrays.fill(column, Double.NaN);
        }
        for (Row row : table) {
            int i = xList.indexOf(row.getNumber(x));
            int j = yList.indexOf(row.getNumber(y));
            double v = row.getNumber(value);
            if (!Double.isNaN(v) && (Double.isNaN(best[i][j]) || v < best[i][j])) {
                best[i][j] = v;
            }
        }
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < xList.size(); i++) {
            for (int j = 0; j < yList.size(); j++) {
                if (!Double.isNaN(best[i][j])) {
                    cells.add(new Number[] {i, j, best[i][j]});
                }
            }
        }
        HeatMapChart chart =
                new HeatMapChartBuilder()
                        .width(Charts.WIDTH)
                        .height(Charts.HEIGHT)
                        .title(value + " over " + x + " × " + y)
                        .xAxisTitle(x)
                        .yAxisTitle(y)
                        .build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.000");
        chart.addSeries(value, labels(xList), labels(yList), cells);
        return chart;
    }

    private static List<String> labels(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3g", v)).toList();
    }
}
