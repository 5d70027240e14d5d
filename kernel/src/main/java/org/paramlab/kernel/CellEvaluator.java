package org.paramlab.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Evaluates Java code in JShell, running in this JVM so that cells share classes (and renderers)
 * with the kernel. Splits code into snippets itself so every error can name its cell line.
 */
final class CellEvaluator implements AutoCloseable {
    /** Returned by {@link #eval} when the last snippet has no value to show. */
    static final Object NO_VALUE = new Object();

    private final JShell shell;
    private final CellExecutionControlProvider provider = new CellExecutionControlProvider();
    private final SourceCodeAnalysis analysis;

    /**
     * Starts JShell with {@code classpath} visible to the compiler (the JVM's own class path is
     * visible already).
     */
    CellEvaluator(List<String> classpath) {
        PrintStream out = new PrintStream(lazy(() -> System.out), true);
        PrintStream err = new PrintStream(lazy(() -> System.err), true);
        this.shell =
                JShell.builder()
                        .out(out)
                        .err(err)
                        .executionEngine(provider, java.util.Map.of())
                        .compilerOptions("-Xlint:-options", "-proc:none")
                        .build();
        for (String entry : classpath) {
            shell.addToClasspath(entry);
        }
        this.analysis = shell.sourceCodeAnalysis();
    }

    /** The JShell instance, for completion and documentation. */
    JShell shell() {
        return shell;
    }

    /** Adds a jar or folder to both the compiler's and the class loader's class path. */
    void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    /** Interrupts the running cell. */
    void stop() {
        shell.stop();
    }

    /** True while a snippet value is held that nobody took (a leak check). */
    boolean holdsValue() {
        return provider.control().holdsValue();
    }

    /**
     * Evaluates {@code code}, whose first line is line {@code firstLine} of the cell.
     *
     * @return the value of the last snippet if it is an expression, else {@link #NO_VALUE}
     * @throws CellError if the code does not compile, throws, is interrupted or is incomplete
     */
    Object eval(String code, int firstLine) throws CellError {
        Object last = NO_VALUE;
        String remaining = code;
        int offset = 0;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
                    int start = snippetStart(code, offset, remaining);
                    throw new CellError.IncompleteStatement(
                            remaining, lineOf(code, start, firstLine));
                }
                return last;
            }
            int start = snippetStart(code, offset, remaining);
            last = evalSnippet(info.source(), code, start, firstLine);
            offset += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
    }

    private Object evalSnippet(String source, String code, int start, int firstLine)
            throws CellError {
        CellExecutionControl control = provider.control();
        List<SnippetEvent> events = shell.eval(source);
        // Take the value first so that it is never held after we throw.
        Object lastValue = control.takeLastValue();
        Object value = NO_VALUE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null
                    && event.exception() == null
                    && event.status().isDefined()
                    && isShownExpression(event.snippet().subKind())) {
                value = lastValue;
            }
        }
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            JShellException failure = event.exception();
            if (failure instanceof EvalException) {
                Throwable real = control.lastFailure();
                throw new CellError.ExceptionInCell(
                        real != null ? real : failure, lineOf(code, start, firstLine));
            }
            if (failure instanceof UnresolvedReferenceException unresolved) {
                List<String> missing =
                        shell.unresolvedDependencies(unresolved.getSnippet()).toList();
                throw new CellError.ExceptionInCell(
                        new IllegalStateException(
                                "A declaration used here cannot run until these are defined: "
                                        + missing),
                        lineOf(code, start, firstLine));
            }
            if (failure != null) {
                throw new CellError.ExceptionInCell(failure, lineOf(code, start, firstLine));
            }
            if (!event.status().isDefined()) {
                throw compilationError(event.snippet(), source, code, start, firstLine);
            }
        }
        if (control.consumeStopped()) {
            throw new CellError.Interrupted();
        }
        return value;
    }

    private CellError.CompileError compilationError(
            Snippet snippet, String source, String code, int start, int firstLine) {
        List<CellError.Diagnostic> diagnostics = new ArrayList<>();
        for (Diag d : shell.diagnostics(snippet).toList()) {
            if (!d.isError()) {
                continue;
            }
            int pos = (int) Math.max(0, Math.min(d.getStartPosition(), source.length()));
            // Positions count from the snippet source's first character, blanks included; start
            // is its first non-blank one.
            int leadingBlanks = source.length() - source.stripLeading().length();
            int cellIndex = Math.max(0, Math.min(start - leadingBlanks + pos, code.length()));
            int line = lineOf(code, cellIndex, firstLine);
            int lineStart = code.lastIndexOf('\n', Math.max(0, cellIndex - 1)) + 1;
            if (cellIndex > 0 && code.charAt(cellIndex - 1) == '\n') {
                lineStart = cellIndex;
            }
            int lineEnd = code.indexOf('\n', lineStart);
            String text = code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd);
            diagnostics.add(
                    new CellError.Diagnostic(
                            line,
                            cellIndex - lineStart + 1,
                            d.getMessage(java.util.Locale.ROOT),
                            text));
        }
        if (diagnostics.isEmpty()) {
            diagnostics.add(
                    new CellError.Diagnostic(
                            lineOf(code, start, firstLine),
                            1,
                            "the snippet was rejected (status " + snippet + ")",
                            ""));
        }
        return new CellError.CompileError(diagnostics);
    }

    private static boolean isShownExpression(Snippet.SubKind kind) {
        return kind == Snippet.SubKind.VAR_VALUE_SUBKIND
                || kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || kind == Snippet.SubKind.OTHER_EXPRESSION_SUBKIND;
    }

    /** Index in {@code code} of the first non-blank character at or after {@code offset}. */
    private static int snippetStart(String code, int offset, String remaining) {
        int i = offset;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The cell line of character {@code index} of {@code code}. */
    static int lineOf(String code, int index, int firstLine) {
        int line = firstLine;
        for (int i = 0; i < index && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static OutputStream lazy(Supplier<PrintStream> target) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                target.get().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                target.get().write(b, off, len);
            }

            @Override
            public void flush() {
                target.get().flush();
            }
        };
    }

    @Override
    public void close() {
        shell.close();
    }
}
