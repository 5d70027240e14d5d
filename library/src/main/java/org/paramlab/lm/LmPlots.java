package org.paramlab.lm;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.paramlab.lm.fit.QuadraticFit;
import org.paramlab.train.MetricCurve;
import org.paramlab.viz.Charts;

import java.util.Map;

/** Charts of language-model experiments: loss against learning rate, loss curves. */
public final class LmPlots {
    private LmPlots() {}

    /** An empty chart with a logarithmic x axis (learning rates, tokens, FLOPs). */
    public static XYChart semiLogX(String title, String xLabel, String yLabel) {
        XYChart chart = Charts.xy(title, xLabel, yLabel);
        chart.getStyler().setXAxisLogarithmic(true);
        return chart;
    }

    /** Adds measured points (markers, no line) to {@code chart}. */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = Charts.line(chart, name, x, y);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return series;
    }

    /** Adds a fitted parabola in ln x over [lo, hi] as a line. */
    public static XYSeries parabola(
            XYChart chart, String name, QuadraticFit fit, double lo, double hi) {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo * Math.pow(hi / lo, i / (n - 1.0));
            y[i] = fit.predict(x[i]);
        }
        return Charts.line(chart, name, x, y);
    }

    /** A chart of several curves (e.g. validation loss against tokens or FLOPs). */
    public static XYChart curves(
            String title,
            String xLabel,
            String yLabel,
            boolean logX,
            Map<String, MetricCurve> curves) {
        XYChart chart = logX ? semiLogX(title, xLabel, yLabel) : Charts.xy(title, xLabel, yLabel);
        for (Map.Entry<String, MetricCurve> e : curves.entrySet()) {
            Charts.line(chart, e.getKey(), e.getValue().x(), e.getValue().y());
        }
        return chart;
    }
}
