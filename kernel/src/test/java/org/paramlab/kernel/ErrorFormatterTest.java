package org.paramlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

class ErrorFormatterTest {

    private static List<String> plain(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
    }

    private static StackTraceElement frame(String className, String method) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return new StackTraceElement(className, method, simple + ".java", 10);
    }

    /** The frames of a cell that called a helper defined in a cell that called the library. */
    private static StackTraceElement[] cellTrace() {
        return new StackTraceElement[] {
            frame("org.paramlab.stats.sensing.MatrixSensing", "run"),
            frame("java.lang.reflect.Method", "invoke"),
            frame("REPL.$JShell$12", "helper"),
            frame("REPL.$JShell$13", "do_it$"),
            frame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0"),
            frame("java.lang.reflect.Method", "invoke"),
            frame("jdk.jshell.execution.DirectExecutionControl", "invoke"),
            frame("org.paramlab.kernel.CellExecutionControl", "lambda$invoke$0"),
            frame("java.util.concurrent.FutureTask", "run"),
            frame("java.lang.Thread", "run"),
        };
    }

    @Test
    void compileErrorListsLineColumnMessageAndSourceWithCaret() {
        CellError.CompileError error =
                new CellError.CompileError(
                        List.of(
                                new CellError.Diagnostic(
                                        7,
                                        9,
                                        "cannot find symbol\n  symbol:   variable y\n"
                                                + "  location: class",
                                        "int x = y;")));
        List<String> lines = plain(ErrorFormatter.format(error));
        assertEquals(
                List.of(
                        "Compile error at line 7, column 9:",
                        "  cannot find symbol",
                        "    symbol:   variable y",
                        "   7 | int x = y;",
                        "     |         ^"),
                lines);
        assertEquals('y', lines.get(3).charAt(lines.get(4).indexOf('^')));
    }

    @Test
    void compileErrorWithoutSourceLineHasNoCaret() {
        CellError.CompileError error =
                new CellError.CompileError(List.of(new CellError.Diagnostic(2, 1, "rejected", "")));
        assertEquals(
                List.of("Compile error at line 2, column 1:", "  rejected"),
                plain(ErrorFormatter.format(error)));
    }

    @Test
    void compileErrorListsEveryDiagnostic() {
        CellError.CompileError error =
                new CellError.CompileError(
                        List.of(
                                new CellError.Diagnostic(1, 1, "first", "a"),
                                new CellError.Diagnostic(3, 2, "second", " b")));
        List<String> lines = plain(ErrorFormatter.format(error));
        assertEquals("Compile error at line 1, column 1:", lines.get(0));
        assertTrue(lines.contains("Compile error at line 3, column 2:"), lines.toString());
        assertEquals("     |  ^", lines.get(lines.size() - 1));
    }

    @Test
    void runtimeErrorDropsMachineryAndStopsAtTheLastCellFrame() {
        RuntimeException e = new RuntimeException("outer");
        e.setStackTrace(cellTrace());
        assertEquals(
                List.of(
                        "java.lang.RuntimeException: outer",
                        "    at org.paramlab.stats.sensing.MatrixSensing.run(MatrixSensing.java:10)",
                        "    at helper(...) defined in a cell",
                        "    at the cell, line 4"),
                plain(ErrorFormatter.format(new CellError.ExceptionInCell(e, 4))));
    }

    @Test
    void runtimeErrorShowsEveryCauseWithItsFrames() {
        IOException root = new IOException("disk full");
        root.setStackTrace(
                new StackTraceElement[] {
                    frame("java.io.FileOutputStream", "write"), frame("java.lang.Thread", "run")
                });
        IllegalStateException middle = new IllegalStateException("cannot save", root);
        middle.setStackTrace(
                new StackTraceElement[] {
                    frame("org.paramlab.repro.ReproResult", "writeTo"),
                    frame("REPL.$JShell$13", "do_it$"),
                    frame("jdk.jshell.execution.DirectExecutionControl", "invoke"),
                });
        RuntimeException outer = new RuntimeException("save failed", middle);
        outer.setStackTrace(cellTrace());
        assertEquals(
                List.of(
                        "java.lang.RuntimeException: save failed",
                        "    at org.paramlab.stats.sensing.MatrixSensing.run(MatrixSensing.java:10)",
                        "    at helper(...) defined in a cell",
                        "    at the cell, line 2",
                        "Caused by: java.lang.IllegalStateException: cannot save",
                        "    at org.paramlab.repro.ReproResult.writeTo(ReproResult.java:10)",
                        "    at the cell",
                        "Caused by: java.io.IOException: disk full",
                        "    at java.io.FileOutputStream.write(FileOutputStream.java:10)",
                        "    at java.lang.Thread.run(Thread.java:10)"),
                plain(ErrorFormatter.format(new CellError.ExceptionInCell(outer, 2))));
    }

    @Test
    void exceptionWithoutMessageShowsOnlyItsClass() {
        NullPointerException e = new NullPointerException();
        e.setStackTrace(new StackTraceElement[0]);
        assertEquals(
                List.of("java.lang.NullPointerException"), plain(ErrorFormatter.runtime(e, 0)));
    }

    @Test
    void causeCycleEndsTheChain() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        a.setStackTrace(new StackTraceElement[0]);
        b.setStackTrace(new StackTraceElement[0]);
        assertEquals(
                List.of(
                        "java.lang.IllegalStateException: a",
                        "Caused by: java.lang.IllegalArgumentException: b"),
                plain(ErrorFormatter.runtime(a, 0)));
    }

    @Test
    void interruptedAndIncompleteStatementSayWhatHappened() {
        assertEquals(
                List.of("Interrupted: the cell was stopped."),
                plain(ErrorFormatter.format(new CellError.Interrupted())));
        List<String> incomplete =
                plain(ErrorFormatter.format(new CellError.IncompleteStatement("int x = (1 +", 3)));
        assertEquals(1, incomplete.size());
        assertTrue(
                incomplete.get(0).startsWith("Incomplete statement at line 3"), incomplete.get(0));
    }

    @Test
    void otherExceptionsAreShownAsRuntimeErrors() {
        IllegalArgumentException e = new IllegalArgumentException("bad magic");
        e.setStackTrace(new StackTraceElement[] {frame("org.paramlab.kernel.X", "y")});
        assertEquals(
                List.of("java.lang.IllegalArgumentException: bad magic"),
                plain(ErrorFormatter.format(e)));
    }

    @Test
    void cellFramesAreThoseOfReplClasses() {
        assertTrue(ErrorFormatter.isCellFrame(frame("REPL.$JShell$1", "do_it$")));
        assertTrue(!ErrorFormatter.isCellFrame(frame("org.example.REPL", "do_it$")));
    }
}
