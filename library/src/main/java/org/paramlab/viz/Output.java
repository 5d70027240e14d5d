package org.paramlab.viz;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The library's door to the notebook: shows values in the running cell's output.
 *
 * <p>In the ParamLab kernel a value renders by type (charts as PNG, tables as HTML, {@link Html} as
 * HTML) and {@link OutputHandle#update(Object)} redraws it in place (Jupyter's {@code
 * update_display_data}). Anywhere else the value's text form goes to standard output, so library
 * code can call this unconditionally.
 */
public final class Output {
    private static volatile OutputSink sink = new TextSink();

    private Output() {}

    /** Shows {@code value} as a new output and returns a handle to replace it. */
    public static OutputHandle show(Object value) {
        return sink.show(value);
    }

    /** Installs the sink that {@link #show(Object)} uses; the kernel calls this at start. */
    public static void install(OutputSink newSink) {
        sink = Objects.requireNonNull(newSink, "sink");
    }

    /** Restores the text sink (for tests). */
    public static void reset() {
        sink = new TextSink();
    }

    /** True when a notebook kernel, not the text fallback, receives output. */
    public static boolean isRich() {
        return !(sink instanceof TextSink);
    }

    /** Prints each value's text form to standard output, the current one at call time. */
    static final class TextSink implements OutputSink {
        @Override
        public OutputHandle show(Object value) {
            print(value);
            return TextSink::print;
        }

        private static void print(Object value) {
            PrintStream out = System.out;
            out.println(value instanceof Html html ? html.text() : String.valueOf(value));
        }
    }
}
