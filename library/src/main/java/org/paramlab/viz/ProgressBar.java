package org.paramlab.viz;

import org.paramlab.train.Interrupts;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar that redraws one output in place: count, percentage, rate and time left.
 *
 * <pre>{@code
 * try (var bar = ProgressBar.start("gradient descent", steps)) {
 *     for (int t = 0; t < steps; t++) {
 *         ...
 *         bar.step();
 *     }
 * }
 * }</pre>
 *
 * <p>Every {@link #step()} checks for an interrupt ({@link Interrupts#check()}), so a loop that
 * shows progress can also be stopped. Redraws are throttled to one per {@value #MIN_REDRAW_MILLIS}
 * ms; {@link #close()} draws the final state.
 */
public final class ProgressBar implements AutoCloseable {
    /** Shortest time between two redraws. */
    public static final long MIN_REDRAW_MILLIS = 150;

    private static final int TEXT_WIDTH = 24;

    private final String label;
    private final long total;
    private final LongSupplier clock;
    private final long startNanos;
    private final OutputHandle handle;
    private long count;
    private long lastDrawNanos;
    private String status = "";
    private boolean closed;

    ProgressBar(String label, long total, LongSupplier clock, OutputSink sink) {
        if (total < 0) {
            throw new IllegalArgumentException("Progress total must be >= 0, got " + total);
        }
        this.label = label == null ? "" : label;
        this.total = total;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastDrawNanos = startNanos;
        this.handle = sink.show(render());
    }

    /**
     * Shows a new progress bar in the cell's output.
     *
     * @param label what is progressing
     * @param total number of steps; 0 if unknown (then no percentage or ETA is shown)
     */
    public static ProgressBar start(String label, long total) {
        return new ProgressBar(label, total, System::nanoTime, Output::show);
    }

    /** Advances by one step; see {@link #step(long)}. */
    public void step() {
        step(1);
    }

    /**
     * Advances by {@code n} steps, redraws if due, and checks for an interrupt.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupted the cell
     */
    public void step(long n) {
        count += n;
        Interrupts.check();
        long now = clock.getAsLong();
        if (now - lastDrawNanos >= MIN_REDRAW_MILLIS * 1_000_000L) {
            lastDrawNanos = now;
            handle.update(render());
        }
    }

    /** Sets a short status shown after the counts, e.g. the current loss. */
    public void status(String text) {
        status = text == null ? "" : text;
    }

    /** Steps done so far. */
    public long count() {
        return count;
    }

    /** Total steps (0 if unknown). */
    public long total() {
        return total;
    }

    /** Draws the final state. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            handle.update(render());
        }
    }

    /** The bar as HTML with its text form. */
    Html render() {
        double seconds = (clock.getAsLong() - startNanos) / 1e9;
        double rate = seconds > 0 ? count / seconds : 0;
        double fraction = total > 0 ? Math.min(1.0, (double) count / total) : 0;
        String counts = total > 0 ? count + "/" + total : Long.toString(count);
        String timing = "[" + clockText(seconds);
        if (total > 0 && rate > 0 && count < total) {
            timing += "<" + clockText((total - count) / rate);
        }
        timing += ", " + String.format(Locale.ROOT, "%.1f", rate) + " it/s]";
        String tail = counts + " " + timing + (status.isEmpty() ? "" : " " + status);

        int filled = (int) Math.round(fraction * TEXT_WIDTH);
        String percent = total > 0 ? String.format(Locale.ROOT, "%3.0f%%", 100 * fraction) : "";
        String text =
                (label.isEmpty() ? "" : label + ": ")
                        + percent
                        + (total > 0
                                ? " |" + "#".repeat(filled) + " ".repeat(TEXT_WIDTH - filled) + "| "
                                : "")
                        + tail;
        String bar =
                total > 0
                        ? "<progress style=\"width:18em;vertical-align:middle\" max=\""
                                + total
                                + "\" value=\""
                                + Math.min(count, total)
                                + "\"></progress> "
                        : "";
        String html =
                "<div style=\"font-family:monospace\">"
                        + Html.escape(label.isEmpty() ? "" : label + ": ")
                        + bar
                        + Html.escape(percent.isEmpty() ? tail : percent + " " + tail)
                        + "</div>";
        return new Html(html, text);
    }

    /** Formats seconds as {@code mm:ss}, or {@code h:mm:ss} from an hour up. */
    static String clockText(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
