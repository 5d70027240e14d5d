package org.paramlab.symbolic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;

class ExprParserTest {
    private static final Sym X = Sym.of("x");
    private static final Sym Y = Sym.of("y");
    private static final Sym Z = Sym.of("z");

    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void precedenceAndAssociativity() {
        assertSame(X.pow(2).negate(), p("-x^2"));
        assertSame(Num.of(1, 2), p("2^-1"));
        assertSame(X.pow(Y.pow(Z)), p("x^y^z"));
        assertSame(X.div(Y.times(Z)), p("x/y/z"));
        assertSame(X.pow(2), p("x**2"));
        assertSame(X.plus(Y.times(Z)), p("x + y*z"));
    }

    @Test
    void integersAndFractionsAreExactDecimalsAreDoubles() {
        assertSame(Num.of(1, 3), p("1/3"));
        assertTrue(((Num) p("1/3")).isExact());
        assertFalse(((Num) p("0.5")).isExact());
        assertEquals(1e-3, ((Num) p("1e-3")).doubleValue());
        assertSame(Num.of(2).times(Sym.of("e")), p("2*e"));
    }

    @Test
    void errorsGiveThePosition() {
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> p("sin(x))"));
        assertTrue(e.getMessage().startsWith("Unexpected ')' at column 7"), e.getMessage());
        assertEquals(7, e.column());
        e = assertThrows(ExprSyntaxException.class, () -> p("x + (y"));
        assertTrue(e.getMessage().startsWith("Missing ')' at column 7"), e.getMessage());
        e = assertThrows(ExprSyntaxException.class, () -> p("2x"));
        assertTrue(e.getMessage().contains("write * for multiplication"), e.getMessage());
        e = assertThrows(ExprSyntaxException.class, () -> p("x $ y"));
        assertTrue(
                e.getMessage().startsWith("Unexpected character '$' at column 3"), e.getMessage());
        e = assertThrows(ExprSyntaxException.class, () -> p(""));
        assertTrue(
                e.getMessage().startsWith("Unexpected end of input at column 1"), e.getMessage());
        e = assertThrows(ExprSyntaxException.class, () -> p("x + 1/0"));
        assertTrue(e.getMessage().contains("Division by zero"), e.getMessage());
        assertEquals(6, e.column());
        e = assertThrows(ExprSyntaxException.class, () -> p("y + sin(x, y)"));
        assertTrue(e.getMessage().contains("at column 5"), e.getMessage());
    }

    @Test
    void printedFormParsesBackToTheSameNode() {
        RandomExprs gen = new RandomExprs(42, true);
        for (int i = 0; i < 3000; i++) {
            Expr e = gen.next(5);
            String text = e.toString();
            if (text.contains("Infinity") || text.contains("NaN")) {
                continue; // non-finite doubles have no text form that reads back
            }
            assertSame(e, p(text), () -> "round trip failed for " + text);
        }
    }

    @Test
    void syntaxTreesKeepTheWrittenOrder() {
        SyntaxNode n = ExprParser.parseSyntax("b + a");
        assertTrue(n instanceof SyntaxNode.Binary);
        assertEquals("b", ((SyntaxNode.Name) ((SyntaxNode.Binary) n).left()).name());
        assertSame(p("a + b"), ExprParser.toExpr(n));
    }
}
