package org.paramlab.kernel;

import java.util.List;

/**
 * Why a cell failed, in the terms a user can act on. Thrown by {@link CellEvaluator} and turned
 * into the traceback lines Jupyter shows by {@link ErrorFormatter}.
 */
abstract sealed class CellError extends Exception
        permits CellError.CompileError,
                CellError.ExceptionInCell,
                CellError.Interrupted,
                CellError.IncompleteStatement {

    CellError(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /**
     * One compiler diagnostic placed in the cell.
     *
     * @param line 1-based cell line
     * @param column 1-based column
     * @param message the compiler's message
     * @param sourceLine the text of that line
     */
    record Diagnostic(int line, int column, String message, String sourceLine) {}

    /** The code did not compile. */
    static final class CompileError extends CellError {
        private final List<Diagnostic> diagnostics;

        CompileError(List<Diagnostic> diagnostics) {
            super(summary(diagnostics), null);
            this.diagnostics = List.copyOf(diagnostics);
        }

        List<Diagnostic> diagnostics() {
            return diagnostics;
        }

        private static String summary(List<Diagnostic> diagnostics) {
            if (diagnostics.isEmpty()) {
                return "Compilation failed";
            }
            Diagnostic d = diagnostics.get(0);
            return "line " + d.line() + ": " + d.message().lines().findFirst().orElse("");
        }
    }

    /** The code threw; the cause is the user's exception with its own cause chain. */
    static final class ExceptionInCell extends CellError {
        private final int line;

        ExceptionInCell(Throwable cause, int line) {
            super(cause.getClass().getName() + ": " + cause.getMessage(), cause);
            this.line = line;
        }

        /** The cell line the failing statement starts on. */
        int line() {
            return line;
        }
    }

    /** The user interrupted the cell. */
    static final class Interrupted extends CellError {
        Interrupted() {
            super("Interrupted", null);
        }
    }

    /** The cell ends in the middle of a statement. */
    static final class IncompleteStatement extends CellError {
        private final int line;

        IncompleteStatement(String source, int line) {
            super("Incomplete statement starting on line " + line + ": " + source.strip(), null);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
