package org.paramlab.symbolic.egraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

class EGraphTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void equalTermsShareOneClass() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int a = g.addExpr(p("sin(x) + y"));
        int b = g.addExpr(p("y + sin(x)"));
        assertEquals(a, b);
        assertEquals(a, g.lookupExpr(p("sin(x) + y")));
        assertEquals(-1, g.lookupExpr(p("sin(z)")));
    }

    @Test
    void unionThenRebuildRestoresCongruence() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int fa = g.addExpr(p("sin(a)"));
        int fb = g.addExpr(p("sin(b)"));
        int a = g.addExpr(Sym.of("a"));
        int b = g.addExpr(Sym.of("b"));
        assertNotEquals(g.find(fa), g.find(fb));
        assertTrue(g.union(a, b));
        assertFalse(g.isClean());
        g.rebuild();
        assertTrue(g.isClean());
        assertTrue(g.equivalent(fa, fb));
        assertFalse(g.union(a, b));
    }

    @Test
    void constantsFoldIntoTheirClass() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int six = g.addExpr(p("2*3 + 0*x"));
        // 2*3 folds on construction of the Expr already; build the product as e-nodes instead
        int two = g.add(ENode.leaf(Num.of(2)));
        int three = g.add(ENode.leaf(Num.of(3)));
        int prod = g.add(ENode.of(Op.MUL, two, three));
        g.rebuild();
        assertSame(Num.of(6), g.eclass(prod).data());
        assertTrue(g.equivalent(prod, six));
    }

    @Test
    void zeroToTheMinusOneHasNoValue() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int zero = g.add(ENode.leaf(Num.ZERO));
        int minusOne = g.add(ENode.leaf(Num.MINUS_ONE));
        int inv = g.add(ENode.of(Op.POW, zero, minusOne));
        g.rebuild();
        assertEquals(null, g.eclass(inv).data());
    }

    @Test
    void badNodesAreRejected() {
        EGraph<Num> g = EGraph.withConstantFolding();
        assertThrows(IllegalArgumentException.class, () -> g.add(ENode.of(Op.ADD, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> ENode.of(Op.ADD, 0));
        assertThrows(IllegalArgumentException.class, () -> ENode.leaf(p("x + 1")));
        assertThrows(IllegalArgumentException.class, () -> g.addExpr(p("~x + 1")));
    }

    @Test
    void patternsReadSubtractionAndDivisionLikeAddExpr() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int diff = g.addExpr(p("x - y"));
        int quot = g.addExpr(p("x / y"));
        int neg = g.addExpr(p("-x"));
        int root = g.addExpr(p("sqrt(x)"));
        // sums and products enter in canonical operand order; commutativity gives the others
        new SaturationRunner(SaturationLimits.defaults())
                .run(g, ArithmeticRewrites.commutativity());
        assertEquals(1, EPattern.parse("~a - ~b").searchClass(g, diff).size());
        assertEquals(1, EPattern.parse("~a / ~b").searchClass(g, quot).size());
        assertEquals(1, EPattern.parse("-~a").searchClass(g, neg).size());
        assertEquals(1, EPattern.parse("sqrt(~a)").searchClass(g, root).size());
        assertEquals(0, EPattern.parse("~a + ~a").searchClass(g, diff).size());
        assertEquals(java.util.Set.of("a", "b"), EPattern.parse("~a*(~b + ~a)").variables());
    }
}
