package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.util.List;

class LiveChartTest {
    private final FakeClock clock = new FakeClock();
    private final RecordingSink sink = new RecordingSink();

    @Test
    void startShowsTheChartOnce() {
        XYChart chart = Charts.xy("Training", "step", "loss");
        new LiveChart(chart, clock, sink);
        assertEquals(List.of(chart), sink.shown);
        assertEquals(0, sink.updates.size());
    }

    @Test
    void noRedrawBefore500MillisOfClockTime() {
        XYChart chart = Charts.xy("Training", "step", "loss");
        LiveChart live = new LiveChart(chart, clock, sink);
        clock.advanceMillis(499);
        live.add("train", 0, 1.0);
        assertEquals(0, sink.updates.size());
        clock.advanceMillis(1);
        live.add("train", 1, 0.5);
        assertEquals(1, sink.updates.size());
        assertSame(chart, sink.lastUpdate());
        assertArrayEquals(new double[] {0, 1}, chart.getSeriesMap().get("train").getXData());
        clock.advanceMillis(499);
        live.add("train", 2, 0.25);
        assertEquals(1, sink.updates.size());
    }

    @Test
    void closeRedrawsOnceWithEveryPoint() {
        XYChart chart = Charts.xy("Training", "step", "loss");
        LiveChart live = new LiveChart(chart, clock, sink);
        for (int t = 0; t < 10; t++) {
            live.add("train", t, 1.0 / (t + 1));
            live.add("test", t, 2.0 / (t + 1));
        }
        assertEquals(0, sink.updates.size());
        live.close();
        assertEquals(1, sink.updates.size());
        assertEquals(10, chart.getSeriesMap().get("train").getXData().length);
        assertArrayEquals(
                new double[] {2.0, 1.0, 2.0 / 3, 0.5, 0.4, 1.0 / 3, 2.0 / 7, 0.25, 2.0 / 9, 0.2},
                chart.getSeriesMap().get("test").getYData(),
                1e-12);
        live.close();
        assertEquals(1, sink.updates.size());
    }

    @Test
    void chartHasEveryPointWithoutRedrawing() {
        LiveChart live = new LiveChart(Charts.xy("t", "x", "y"), clock, sink);
        live.add("a", 1, 2);
        live.add("a", 3, 4);
        assertArrayEquals(new double[] {2, 4}, live.chart().getSeriesMap().get("a").getYData());
        assertEquals(0, sink.updates.size());
    }

    @Test
    void seriesWithOnlyNonPositivePointsOnALogAxisIsLeftOutWithoutFailing() {
        XYChart chart = Charts.semiLogY("Training", "step", "loss");
        LiveChart live = new LiveChart(chart, clock, sink);
        clock.advanceMillis(600);
        assertDoesNotThrow(() -> live.add("zero", 1, 0));
        clock.advanceMillis(600);
        assertDoesNotThrow(() -> live.add("zero", 2, -1));
        assertDoesNotThrow(live::close);
        assertEquals(3, sink.updates.size());
        assertFalse(chart.getSeriesMap().containsKey("zero"));

        live.add("zero", 3, 0.5);
        assertArrayEquals(new double[] {3}, live.chart().getSeriesMap().get("zero").getXData());
    }

    @Test
    void seriesAlreadyOnTheChartAreKept() {
        XYChart chart = Charts.xy("Training", "step", "loss");
        Charts.line(chart, "paper", new double[] {0, 1}, new double[] {1, 0.5});
        LiveChart live = new LiveChart(chart, clock, sink);
        live.add("train", 0, 1);
        live.close();
        assertTrue(chart.getSeriesMap().containsKey("paper"));
        assertTrue(chart.getSeriesMap().containsKey("train"));
    }
}
