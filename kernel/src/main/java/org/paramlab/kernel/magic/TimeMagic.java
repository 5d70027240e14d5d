package org.paramlab.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.registry.CellMagicFunction;
import io.github.spencerpark.jupyter.kernel.magic.registry.LineMagicFunction;

import java.util.List;
import java.util.Locale;

/**
 * {@code %time statement} and {@code %%time} (a whole cell): runs the code, prints its wall time
 * and returns its value so the cell shows it.
 */
public final class TimeMagic implements LineMagicFunction<Object>, CellMagicFunction<Object> {
    /** Runs code the way the kernel runs a cell and returns its value. */
    @FunctionalInterface
    public interface Evaluation {
        /** Evaluates {@code code} and returns the value to show (null for none). */
        Object run(String code) throws Exception;
    }

    private final Evaluation evaluation;

    /** A magic that times code run by {@code evaluation}. */
    public TimeMagic(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public Object execute(List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(
                    "Usage: %time <statement>, or %%time on a cell's first line");
        }
        return time(String.join(" ", args));
    }

    @Override
    public Object execute(List<String> args, String body) throws Exception {
        return time(body);
    }

    private Object time(String code) throws Exception {
        long start = System.nanoTime();
        try {
            return evaluation.run(code);
        } finally {
            System.out.println("Wall time: " + format((System.nanoTime() - start) / 1e9));
        }
    }

    /** Seconds in a readable unit: µs, ms or s. */
    public static String format(double seconds) {
        if (seconds < 1e-3) {
            return String.format(Locale.ROOT, "%.0f µs", seconds * 1e6);
        }
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
        }
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }
}
