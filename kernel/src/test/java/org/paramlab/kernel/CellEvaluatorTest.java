package org.paramlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

/** Runs a real JShell in this JVM; one for the whole class, since each takes a second to start. */
class CellEvaluatorTest {
    private static CellEvaluator evaluator;

    @BeforeAll
    static void startJShell() {
        evaluator = new CellEvaluator(List.of());
    }

    @AfterAll
    static void stopJShell() {
        evaluator.close();
    }

    @AfterEach
    void noValueIsLeftHeld() {
        assertFalse(evaluator.holdsValue());
    }

    @Test
    void lastExpressionIsTheValue() throws CellError {
        assertEquals(3, evaluator.eval("1 + 2", 1));
        assertEquals("ab", evaluator.eval("\"a\" + \"b\"", 1));
    }

    @Test
    void valueIsTheRealObjectNotItsText() throws CellError {
        Object value = evaluator.eval("new java.util.ArrayList<>(java.util.List.of(1, 2))", 1);
        assertEquals(List.of(1, 2), value);
    }

    @Test
    void valueOfTheLastOfSeveralSnippetsIsReturned() throws CellError {
        assertEquals(6, evaluator.eval("int a1 = 2;\nint b1 = 3;\na1 * b1", 1));
    }

    @Test
    void variableReferenceIsShown() throws CellError {
        evaluator.eval("int shown = 41 + 1;", 1);
        assertEquals(42, evaluator.eval("shown", 1));
    }

    @Test
    void statementsAndDeclarationsGiveNoValue() throws CellError {
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("int declared = 5;", 1));
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("if (declared > 0) { declared++; }", 1));
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("void noop() {}", 1));
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("1 + 1;\nint after = 2;", 1));
    }

    @Test
    void emptyCodeGivesNoValue() throws CellError {
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("", 1));
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("  \n // only a comment\n", 1));
    }

    @Test
    void compileErrorReportsTheCellLineColumnAndSource() {
        String code = "int p = 1;\nint q = 2;\nint r = undefinedName;\n";
        CellError.CompileError e =
                assertThrows(CellError.CompileError.class, () -> evaluator.eval(code, 5));
        CellError.Diagnostic d = e.diagnostics().get(0);
        assertEquals(7, d.line());
        assertEquals(9, d.column());
        assertEquals("int r = undefinedName;", d.sourceLine());
        assertTrue(d.message().contains("undefinedName"), d.message());
    }

    @Test
    void compileErrorOnTheFirstSnippetLineIsThatLine() {
        CellError.CompileError e =
                assertThrows(
                        CellError.CompileError.class,
                        () -> evaluator.eval("\n\n   String s = 42;", 10));
        CellError.Diagnostic d = e.diagnostics().get(0);
        assertEquals(12, d.line());
        assertEquals("   String s = 42;", d.sourceLine());
        assertEquals('4', d.sourceLine().charAt(d.column() - 1));
    }

    @Test
    void runtimeExceptionKeepsTheRealExceptionAndItsCause() {
        String code =
                "int before = 1;\n"
                        + "throw new IllegalStateException(\"boom\", new java.io.IOException(\"disk\"));";
        CellError.ExceptionInCell e =
                assertThrows(CellError.ExceptionInCell.class, () -> evaluator.eval(code, 10));
        assertEquals(11, e.line());
        IllegalStateException real = assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("boom", real.getMessage());
        IOException cause = assertInstanceOf(IOException.class, real.getCause());
        assertEquals("disk", cause.getMessage());
    }

    @Test
    void exceptionFromACellMethodIsTheRealException() throws CellError {
        evaluator.eval("int divide(int a, int b) { return a / b; }", 1);
        CellError.ExceptionInCell e =
                assertThrows(
                        CellError.ExceptionInCell.class, () -> evaluator.eval("divide(1, 0)", 1));
        assertInstanceOf(ArithmeticException.class, e.getCause());
        assertTrue(
                ErrorFormatter.format(e).stream()
                        .anyMatch(l -> l.contains("divide(...) defined in a cell")),
                ErrorFormatter.format(e).toString());
    }

    @Test
    void failureDoesNotLeakIntoTheNextCell() throws CellError {
        assertThrows(
                CellError.ExceptionInCell.class,
                () -> evaluator.eval("throw new RuntimeException(\"x\");", 1));
        assertEquals(5, evaluator.eval("5", 1));
    }

    @Test
    void incompleteStatementReportsItsLine() {
        CellError.IncompleteStatement e =
                assertThrows(
                        CellError.IncompleteStatement.class,
                        () -> evaluator.eval("int ok = 1;\nint x = (1 +", 2));
        assertEquals(3, e.line());
    }

    @Test
    void holdsNoValueAfterAValueIsReturned() throws CellError {
        evaluator.eval("new byte[1 << 20]", 1);
        assertFalse(evaluator.holdsValue());
    }

    @Test
    void compileErrorAfterACommentAndBlankLinesPointsAtTheSymbol() {
        String code = "int ok2 = 1;\n\n// the next line fails\n  int bad = missing + 1;";
        CellError.CompileError e =
                assertThrows(CellError.CompileError.class, () -> evaluator.eval(code, 1));
        CellError.Diagnostic d = e.diagnostics().get(0);
        assertEquals(4, d.line());
        assertEquals("  int bad = missing + 1;", d.sourceLine());
        assertEquals(13, d.column());
    }

    @Test
    void thousandEvaluationsHoldNoValue() throws CellError {
        // An assignment's snippet returns its value to the kernel, which must drop it.
        evaluator.eval("int counter = 0;", 1);
        for (int i = 0; i < 1_000; i++) {
            assertSame(CellEvaluator.NO_VALUE, evaluator.eval("counter = counter + 1;", 1));
            assertFalse(evaluator.holdsValue());
        }
        assertEquals(1_000, evaluator.eval("counter", 1));
    }

    @Test
    void lineOfCountsNewlinesBeforeTheIndex() {
        assertEquals(5, CellEvaluator.lineOf("a\nb\nc", 0, 5));
        assertEquals(6, CellEvaluator.lineOf("a\nb\nc", 2, 5));
        assertEquals(7, CellEvaluator.lineOf("a\nb\nc", 100, 5));
    }
}
