package org.paramlab.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Turns a failed cell into the traceback lines Jupyter shows: compile errors point at the cell line
 * and column; runtime errors show the exception, its frames in library and user code and its whole
 * cause chain, without the frames of JShell's wrappers, reflection and the kernel.
 */
final class ErrorFormatter {
    private static final String RED = "\u001b[0;31m";
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String GREEN = "\u001b[0;32m";
    private static final String RESET = "\u001b[0m";

    private ErrorFormatter() {}

    /** Lines for any exception the kernel caught while executing a cell. */
    static List<String> format(Exception e) {
        if (e instanceof CellError.CompileError c) {
            return compilation(c);
        }
        if (e instanceof CellError.ExceptionInCell r) {
            return runtime(r.getCause(), r.line());
        }
        if (e instanceof CellError.Interrupted) {
            return List.of(BOLD_RED + "Interrupted" + RESET + ": the cell was stopped.");
        }
        if (e instanceof CellError.IncompleteStatement i) {
            return List.of(
                    BOLD_RED
                            + "Incomplete statement"
                            + RESET
                            + " at line "
                            + i.line()
                            + ": add the missing ';', ')' or '}'.");
        }
        return runtime(e, 0);
    }

    private static List<String> compilation(CellError.CompileError c) {
        List<String> lines = new ArrayList<>();
        for (CellError.Diagnostic d : c.diagnostics()) {
            lines.add(
                    BOLD_RED
                            + "Compile error"
                            + RESET
                            + " at line "
                            + d.line()
                            + ", column "
                            + d.column()
                            + ":");
            for (String m : d.message().split("\n")) {
                if (!m.strip().startsWith("location:")) {
                    lines.add("  " + RED + m + RESET);
                }
            }
            if (!d.sourceLine().isBlank()) {
                lines.add(GREEN + String.format("%4d | ", d.line()) + RESET + d.sourceLine());
                lines.add(
                        "     | "
                                + " ".repeat(Math.max(0, d.column() - 1))
                                + BOLD_RED
                                + "^"
                                + RESET);
            }
        }
        return lines;
    }

    /** The exception and its causes, each with its frames outside the kernel's machinery. */
    static List<String> runtime(Throwable error, int cellLine) {
        List<String> lines = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = error;
        boolean first = true;
        while (t != null && seen.add(t)) {
            String header =
                    t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            lines.add((first ? BOLD_RED : RED + "Caused by: ") + header + RESET);
            lines.addAll(frames(t, first ? cellLine : 0));
            first = false;
            t = t.getCause();
        }
        return lines;
    }

    private static List<String> frames(Throwable t, int cellLine) {
        List<String> out = new ArrayList<>();
        StackTraceElement[] trace = t.getStackTrace();
        int lastUserFrame = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isCellFrame(trace[i])) {
                lastUserFrame = i;
            }
        }
        int end = lastUserFrame >= 0 ? lastUserFrame + 1 : trace.length;
        for (int i = 0; i < end; i++) {
            StackTraceElement f = trace[i];
            if (isMachinery(f)) {
                continue;
            }
            if (isCellFrame(f)) {
                boolean topLevel = f.getMethodName().equals("do_it$");
                out.add(
                        "    at "
                                + (topLevel
                                        ? "the cell" + (cellLine > 0 ? ", line " + cellLine : "")
                                        : f.getMethodName() + "(...) defined in a cell"));
            } else {
                out.add("    at " + f);
            }
        }
        return out;
    }

    static boolean isCellFrame(StackTraceElement f) {
        return f.getClassName().startsWith("REPL.");
    }

    private static boolean isMachinery(StackTraceElement f) {
        String c = f.getClassName();
        return c.startsWith("jdk.internal.reflect.")
                || c.startsWith("java.lang.reflect.")
                || c.startsWith("jdk.jshell.")
                || c.startsWith("org.paramlab.kernel.")
                || c.startsWith("java.util.concurrent.")
                || c.startsWith("io.github.spencerpark.");
    }
}
