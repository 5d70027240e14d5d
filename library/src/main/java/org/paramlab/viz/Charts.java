package org.paramlab.viz;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The XChart charts notebooks draw, in one house style: 640×400, white background, legend inside
 * the plot, lines without markers.
 *
 * <pre>{@code
 * XYChart chart = Charts.logLog("Error vs steps", "t", "||XX^T - M*||_F");
 * Charts.line(chart, "k = 3", steps, errors);
 * chart   // the kernel shows it as a PNG
 * }</pre>
 */
public final class Charts {
    /** Default width in pixels. */
    public static final int WIDTH = 640;

    /** Default height in pixels. */
    public static final int HEIGHT = 400;

    /**
     * Ten distinguishable line colours (Tableau 10), so legends of up to ten series never repeat.
     */
    static final Color[] PALETTE = {
        new Color(0x4E79A7),
        new Color(0xF28E2B),
        new Color(0xE15759),
        new Color(0x76B7B2),
        new Color(0x59A14F),
        new Color(0xEDC948),
        new Color(0xB07AA1),
        new Color(0xFF9DA7),
        new Color(0x9C755F),
        new Color(0xBAB0AC)
    };

    private Charts() {}

    /** A line chart with linear axes. */
    public static XYChart xy(String title, String xLabel, String yLabel) {
        XYChart chart =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(title)
                        .xAxisTitle(xLabel)
                        .yAxisTitle(yLabel)
                        .build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setPlotGridLinesVisible(true);
        styler.setXAxisTickMarkSpacingHint(90);
        styler.setSeriesColors(PALETTE);
        chart.getStyler().setMarkerSize(0);
        return chart;
    }

    /** A line chart with both axes logarithmic: power laws are straight lines. */
    public static XYChart logLog(String title, String xLabel, String yLabel) {
        XYChart chart = xy(title, xLabel, yLabel);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    /** A line chart with a logarithmic y axis: exponential decay is a straight line. */
    public static XYChart semiLogY(String title, String xLabel, String yLabel) {
        XYChart chart = xy(title, xLabel, yLabel);
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    /**
     * Adds a line series. On a logarithmic axis, points with a non-positive (or non-finite)
     * coordinate cannot be drawn and are left out.
     *
     * @throws IllegalArgumentException if {@code x} and {@code y} differ in length or no point
     *     remains to draw
     */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "Series '" + name + "': x has " + x.length + " points but y has " + y.length);
        }
        boolean logX = chart.getStyler().isXAxisLogarithmic();
        boolean logY = chart.getStyler().isYAxisLogarithmic();
        double[] keptX = new double[x.length];
        double[] keptY = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (drawable(x[i], logX) && drawable(y[i], logY)) {
                keptX[n] = x[i];
                keptY[n] = y[i];
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(
                    "Series '" + name + "' has no point that can be drawn on these axes.");
        }
        XYSeries series = chart.addSeries(name, Arrays.copyOf(keptX, n), Arrays.copyOf(keptY, n));
        series.setMarker(SeriesMarkers.NONE);
        return series;
    }

    /** Encodes any XChart chart as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode chart as PNG", e);
        }
    }

    private static boolean drawable(double v, boolean logarithmic) {
        return Double.isFinite(v) && (!logarithmic || v > 0);
    }
}
