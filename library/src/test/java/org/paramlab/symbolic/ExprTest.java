package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.parse.ExprParser;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

class ExprTest {
    private static final Sym X = Sym.of("x");
    private static final Sym Y = Sym.of("y");
    private static final Sym Z = Sym.of("z");

    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void likeTermsCollectOnConstruction() {
        assertSame(X.times(2), X.plus(X));
        assertSame(X.pow(2), X.times(X));
        assertSame(X.times(6), X.times(3).times(2));
        assertSame(Num.ZERO, X.minus(X));
        assertSame(Num.ONE, X.div(X));
    }

    @Test
    void operandOrderAndNestingDoNotMatter() {
        List<Expr> parts = new ArrayList<>(List.of(X, Y.pow(2), Expr.sin(Z), Num.of(3)));
        Expr sum = Add.of(parts);
        Expr product = Mul.of(parts);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(parts, new java.util.Random(i));
            assertSame(sum, Add.of(parts));
            assertSame(product, Mul.of(parts));
        }
        assertSame(sum, X.plus(Y.pow(2).plus(Expr.sin(Z).plus(3))));
        assertSame(product, Num.of(3).times(X.times(Y.pow(2))).times(Expr.sin(Z)));
    }

    @Test
    void numbersStayExactUntilADoubleAppears() {
        assertSame(Num.ONE, Num.of(1, 3).plus(Num.of(2, 3)));
        Expr inexact = X.plus(Num.of(0.5)).plus(Num.of(0.5));
        assertEquals("x + 1.0", inexact.toString());
        assertSame(Num.of(1, 2), Num.of(2).pow(-1));
    }

    @Test
    void integerPowersDistributeButFractionalOnesDoNot() {
        assertSame(p("4*x^2*y^2"), Num.of(2).times(X).times(Y).pow(2));
        assertSame(X.pow(6), X.pow(2).pow(3));
        Expr root = Expr.sqrt(X.pow(2));
        assertTrue(root instanceof Pow);
        assertSame(X.pow(2), ((Pow) root).base());
        assertSame(Num.of(2), Expr.sqrt(Num.of(4)));
        assertSame(Num.of(2, 3), Expr.sqrt(Num.of(4, 9)));
        assertTrue(Expr.sqrt(Num.of(2)) instanceof Pow);
        assertSame(Num.TWO.times(Expr.sqrt(Num.TWO)), Num.TWO.pow(Num.of(3, 2)));
        assertSame(Num.TWO, Expr.sqrt(Num.TWO).times(Expr.sqrt(Num.TWO)));
    }

    @Test
    void numberTimesSingleSumDistributes() {
        assertSame(p("2*x + 2*y"), Num.of(2).times(X.plus(Y)));
        assertSame(Num.of(2).times(Y), Num.of(2).times(X.plus(Y)).minus(X.times(2)));
    }

    @Test
    void zeroToANegativePowerThrows() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Num.ZERO.pow(-1));
        assertTrue(e.getMessage().contains("Division by zero"), e.getMessage());
    }

    @Test
    void functionsFoldAtExactPointsAndOnDoubles() {
        assertSame(Num.ZERO, Expr.sin(Num.ZERO));
        assertSame(Num.ONE, Expr.exp(Num.ZERO));
        assertSame(Num.ZERO, Expr.log(Num.ONE));
        assertSame(Num.of(3), Expr.abs(Num.of(-3)));
        assertEquals(Math.sin(0.5), ((Num) Expr.sin(Num.of(0.5))).doubleValue());
        assertTrue(Expr.sin(Num.ONE) instanceof Call);
    }

    @Test
    void withArgsOfArgsRebuildsTheSameNode() {
        RandomExprs gen = new RandomExprs(1, true);
        for (int i = 0; i < 500; i++) {
            Expr e = gen.next(4);
            assertSame(e, e.withArgs(e.args()), e::toString);
            assertEquals(e.args().size(), e.arity());
        }
    }

    @Test
    void evaluationMatchesTheFormula() {
        Expr f = p("x^2 + sin(y)/3 - exp(-x*y)");
        double x = 1.3;
        double y = -0.4;
        double expected = x * x + Math.sin(y) / 3 - Math.exp(-x * y);
        assertEquals(expected, f.eval(Map.of(X, x, Y, y)), 1e-15);
    }

    @Test
    void evaluatingWithoutABindingNamesTheSymbol() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> p("x + y").eval(Map.of(X, 1)));
        assertTrue(e.getMessage().contains("No value for the symbol y"), e.getMessage());
    }

    @Test
    void substitutionIsSimultaneousAndCanonical() {
        Expr f = p("x + 2*y");
        assertSame(p("3*y"), f.subs(X, Y));
        assertSame(p("y + 2*x"), f.subs(Map.of(X, Y, Y, X)));
    }

    @Test
    void userFunctionsNeedAnImplementationToEvaluate() {
        Expr g = Op.function("gUndefined", 1).of(X);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> g.eval(Map.of(X, 1)));
        assertTrue(e.getMessage().contains("Op.define"), e.getMessage());
        Op sq = Op.define("sqPlusOne", 1, a -> a[0] * a[0] + 1, (i, a) -> a.get(0).times(2));
        assertEquals(10.0, sq.of(Num.of(3)).eval(Map.of()));
    }

    @Test
    void builtinFunctionsCannotBeRedefinedOrCalledWithWrongArity() {
        assertThrows(IllegalArgumentException.class, () -> Op.define("sin", 1, null, null));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Op.function("sin", 2));
        assertTrue(e.getMessage().contains("takes 1"), e.getMessage());
    }

    @Test
    void parsingTwiceGivesTheSameObjectAndId() {
        Expr a = p("x*y + sin(z)^2");
        Expr b = p("sin(z)^2 + y*x");
        assertSame(a, b);
        assertEquals(a.id(), b.id());
        assertNotSame(a, p("x*y + sin(z)^3"));
    }

    @Test
    void unreferencedExpressionsAreCollected() throws InterruptedException {
        WeakReference<Expr> ref = new WeakReference<>(Sym.of("uniqueGcProbe").plus(Num.of(12345)));
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(null, ref.get());
    }

    @Test
    void treeSizeCountsSharedSubtermsPerUse() {
        Expr s = p("sin(x + y)");
        Expr f = Op.function("f", 2).of(s, s);
        assertEquals(1 + 2 * s.treeSize(), f.treeSize());
        assertEquals(ExprWalk.dagSize(s) + 1, ExprWalk.dagSize(f));
    }
}
