package org.paramlab.stats.survival;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.paramlab.viz.Charts;

import java.util.function.DoubleUnaryOperator;

/**
 * Survival curves on XChart charts in the house style ({@link Charts}): Kaplan–Meier steps with
 * their confidence limits, and fitted parametric S(t) beside them.
 */
public final class SurvivalPlots {
    private SurvivalPlots() {}

    /** A chart titled {@code title} with axes "time" and "S(t)". */
    public static XYChart chart(String title, String timeLabel) {
        XYChart chart = Charts.xy(title, timeLabel, "S(t)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        return chart;
    }

    /**
     * Adds a Kaplan–Meier step curve and, when {@code withBand}, its lower and upper limits as thin
     * step curves named "{@code name} lower/upper".
     */
    public static XYSeries kaplanMeier(
            XYChart chart, String name, KaplanMeierCurve curve, boolean withBand) {
        XYSeries main = steps(chart, name, curve.times(), curve.survival(), 1.0);
        if (withBand) {
            XYSeries lower =
                    steps(chart, name + " lower", curve.times(), curve.lower(), Double.NaN);
            XYSeries upper =
                    steps(chart, name + " upper", curve.times(), curve.upper(), Double.NaN);
            for (XYSeries band : new XYSeries[] {lower, upper}) {
                band.setLineColor(main.getLineColor());
                band.setLineWidth(0.6f);
                band.setShowInLegend(false);
            }
        }
        return main;
    }

    /** Adds S(t) = survival(t) on [0, maxTime] at 200 points. */
    public static XYSeries curve(
            XYChart chart, String name, double maxTime, DoubleUnaryOperator survival) {
        int points = 200;
        double[] t = new double[points + 1];
        double[] s = new double[points + 1];
        for (int i = 0; i <= points; i++) {
            t[i] = maxTime * i / points;
            s[i] = survival.applyAsDouble(t[i]);
        }
        XYSeries series = Charts.line(chart, name, t, s);
        series.setLineStyle(
                new java.awt.BasicStroke(
                        1.6f,
                        java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER,
                        10f,
                        new float[] {6f, 4f},
                        0f));
        return series;
    }

    private static XYSeries steps(
            XYChart chart, String name, double[] times, double[] values, double start) {
        int n = times.length;
        double[] x = new double[2 * n + 1];
        double[] y = new double[2 * n + 1];
        x[0] = 0;
        y[0] = Double.isNaN(start) ? values[0] : start;
        double previous = y[0];
        for (int i = 0; i < n; i++) {
            x[2 * i + 1] = times[i];
            y[2 * i + 1] = previous;
            x[2 * i + 2] = times[i];
            y[2 * i + 2] = values[i];
            if (!Double.isNaN(values[i])) {
                previous = values[i];
            }
        }
        return Charts.line(chart, name, x, y);
    }
}
