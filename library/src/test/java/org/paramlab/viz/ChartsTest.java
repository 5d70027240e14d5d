package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
    };

    @Test
    void xyHasTheHouseSizeAndTitles() {
        XYChart chart = Charts.xy("Loss", "step", "loss");
        assertEquals(Charts.WIDTH, chart.getWidth());
        assertEquals(Charts.HEIGHT, chart.getHeight());
        assertEquals("Loss", chart.getTitle());
        assertEquals("step", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
        assertFalse(chart.getStyler().isXAxisLogarithmic());
        assertFalse(chart.getStyler().isYAxisLogarithmic());
    }

    @Test
    void logLogHasBothAxesLogarithmicAndSemiLogYOnlyY() {
        XYChart logLog = Charts.logLog("t", "x", "y");
        assertTrue(logLog.getStyler().isXAxisLogarithmic());
        assertTrue(logLog.getStyler().isYAxisLogarithmic());
        XYChart semi = Charts.semiLogY("t", "x", "y");
        assertFalse(semi.getStyler().isXAxisLogarithmic());
        assertTrue(semi.getStyler().isYAxisLogarithmic());
    }

    @Test
    void logAxesDropNonPositiveAndNonFinitePoints() {
        XYChart chart = Charts.logLog("t", "x", "y");
        XYSeries s =
                Charts.line(
                        chart,
                        "err",
                        new double[] {1, 2, 3, 4, 5, -6, 0},
                        new double[] {1, 0, -1, 4, Double.NaN, 6, 7});
        assertArrayEquals(new double[] {1, 4}, s.getXData());
        assertArrayEquals(new double[] {1, 4}, s.getYData());
    }

    @Test
    void semiLogYKeepsNonPositiveX() {
        XYChart chart = Charts.semiLogY("t", "x", "y");
        XYSeries s = Charts.line(chart, "err", new double[] {-1, 0, 1}, new double[] {1, 0, 2});
        assertArrayEquals(new double[] {-1, 1}, s.getXData());
        assertArrayEquals(new double[] {1, 2}, s.getYData());
    }

    @Test
    void linearAxesKeepNonPositiveButDropNonFinitePoints() {
        XYChart chart = Charts.xy("t", "x", "y");
        XYSeries s =
                Charts.line(
                        chart,
                        "s",
                        new double[] {0, 1, 2, 3},
                        new double[] {-1, Double.NaN, 0, Double.POSITIVE_INFINITY});
        assertArrayEquals(new double[] {0, 2}, s.getXData());
        assertArrayEquals(new double[] {-1, 0}, s.getYData());
        assertEquals(SeriesMarkers.NONE, s.getMarker());
    }

    @Test
    void mismatchedLengthsNameTheSeriesAndBothLengths() {
        XYChart chart = Charts.xy("t", "x", "y");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Charts.line(chart, "loss", new double[3], new double[2]));
        assertTrue(e.getMessage().contains("'loss'"), e.getMessage());
        assertTrue(e.getMessage().contains("3"), e.getMessage());
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        assertTrue(chart.getSeriesMap().isEmpty());
    }

    @Test
    void seriesWithNoDrawablePointIsRejectedByName() {
        XYChart chart = Charts.logLog("t", "x", "y");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Charts.line(
                                        chart, "zeros", new double[] {1, 2}, new double[] {0, 0}));
        assertTrue(e.getMessage().contains("'zeros'"), e.getMessage());
    }

    @Test
    void pngStartsWithThePngSignatureAndDecodesAtChartSize() throws IOException {
        XYChart chart = Charts.xy("Loss", "step", "loss");
        Charts.line(chart, "train", new double[] {0, 1, 2}, new double[] {3, 2, 1});
        byte[] png = Charts.png(chart);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
    }
}
