package org.paramlab.viz;

import org.knowm.xchart.XYChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A line chart that redraws one output in place as points arrive, for loss curves during training.
 *
 * <pre>{@code
 * var live = LiveChart.start(Charts.semiLogY("Training", "step", "loss"));
 * for (int t = 0; t < steps; t++) {
 *     live.add("train", t, loss);
 * }
 * live.close();
 * }</pre>
 *
 * <p>Redraws are throttled to one per {@value #MIN_REDRAW_MILLIS} ms, since each encodes a PNG;
 * {@link #close()} draws the final chart. Points that cannot be drawn on the chart's axes (e.g.
 * zero on a log axis) are skipped when drawing.
 */
public final class LiveChart implements AutoCloseable {
    /** Shortest time between two redraws. */
    public static final long MIN_REDRAW_MILLIS = 500;

    private final XYChart chart;
    private final LongSupplier clock;
    private final OutputHandle handle;
    private final Map<String, List<double[]>> points = new LinkedHashMap<>();
    private long lastDrawNanos;
    private boolean closed;

    LiveChart(XYChart chart, LongSupplier clock, OutputSink sink) {
        this.chart = chart;
        this.clock = clock;
        this.lastDrawNanos = clock.getAsLong();
        this.handle = sink.show(chart);
    }

    /**
     * Shows {@code chart} (its axes and titles; existing series are kept) and returns the live
     * view.
     */
    public static LiveChart start(XYChart chart) {
        return new LiveChart(chart, System::nanoTime, Output::show);
    }

    /** Appends a point to {@code series} (created on first use) and redraws if due. */
    public void add(String series, double x, double y) {
        points.computeIfAbsent(series, s -> new ArrayList<>()).add(new double[] {x, y});
        long now = clock.getAsLong();
        if (now - lastDrawNanos >= MIN_REDRAW_MILLIS * 1_000_000L) {
            lastDrawNanos = now;
            redraw();
        }
    }

    /** The chart with every point added so far. */
    public XYChart chart() {
        sync();
        return chart;
    }

    /** Draws the final chart. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            redraw();
        }
    }

    private void redraw() {
        sync();
        handle.update(chart);
    }

    private void sync() {
        for (Map.Entry<String, List<double[]>> entry : points.entrySet()) {
            List<double[]> list = entry.getValue();
            double[] x = new double[list.size()];
            double[] y = new double[list.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = list.get(i)[0];
                y[i] = list.get(i)[1];
            }
            chart.removeSeries(entry.getKey());
            try {
                Charts.line(chart, entry.getKey(), x, y);
            } catch (IllegalArgumentException nothingDrawableYet) {
                // every point so far lies off a log axis; draw the series once one can be drawn
            }
        }
    }
}
