package org.paramlab.symbolic.egraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.List;
import java.util.Map;

class SaturationRunnerTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    private static SaturationResult saturate(EGraph<Num> g, SaturationLimits limits) {
        return new SaturationRunner(limits).run(g, ArithmeticRewrites.basic());
    }

    @Test
    void identitiesSimplify() {
        // rules: basic(); start: (x + 0)*2 built as e-nodes; goal: 2*x
        EGraph<Num> g = EGraph.withConstantFolding();
        int x = g.addExpr(Sym.of("x"));
        int zero = g.add(ENode.leaf(Num.ZERO));
        int two = g.add(ENode.leaf(Num.TWO));
        int root = g.add(ENode.of(Op.MUL, g.add(ENode.of(Op.ADD, x, zero)), two));
        saturate(g, SaturationLimits.defaults().withMaxNodes(1000));
        assertSame(p("2*x"), new TreeExtractor(g, ENodeCost.astSize()).extract(root));
    }

    @Test
    void factoringLowersTheCpuCost() {
        // rules: basic(); start: a*b + a*c; goal: a*(b + c), one multiplication fewer
        EGraph<Num> g = EGraph.withConstantFolding();
        int root = g.addExpr(p("a*b + a*c"));
        SaturationResult r = saturate(g, SaturationLimits.defaults());
        ExtractionResult best = new DagExtractor(g, CpuCost.standard()).extract(root);
        assertSame(p("a*(b + c)"), best.expr());
        assertTrue(r.iterations().size() >= 1);
    }

    @Test
    void cancellationRespectsItsCondition() {
        // rules: cancel-div with ~a ≠ 0; start: y/y and 0·0^-1 built as e-nodes
        EGraph<Num> g = EGraph.withConstantFolding();
        int y = g.addExpr(Sym.of("y"));
        int minusOne = g.add(ENode.leaf(Num.MINUS_ONE));
        int yy = g.add(ENode.of(Op.MUL, y, g.add(ENode.of(Op.POW, y, minusOne))));
        int zero = g.add(ENode.leaf(Num.ZERO));
        int zz = g.add(ENode.of(Op.MUL, zero, g.add(ENode.of(Op.POW, zero, minusOne))));
        int one = g.add(ENode.leaf(Num.ONE));
        List<ERewrite> cancel =
                List.of(
                        ERewrite.parse("cancel-div", "~a / ~a => 1")
                                .when(ECondition.isNotZero("a")));
        new SaturationRunner(SaturationLimits.defaults()).run(g, cancel);
        assertTrue(g.equivalent(yy, one));
        assertFalse(g.equivalent(zz, one));
    }

    @Test
    void anExplodingSaturationStopsAtItsNodeLimit() {
        // rules: basic() without backoff; start: a ten-term sum; goal: stop at 3,000 nodes
        EGraph<Num> g = EGraph.withConstantFolding();
        g.addExpr(p("a + b + c + d + e + f + g + h + i + j"));
        SaturationResult r =
                saturate(
                        g,
                        SaturationLimits.defaults()
                                .withMaxIterations(1000)
                                .withMaxNodes(3000)
                                .withoutBackoff());
        assertEquals(SaturationResult.StopReason.NODE_LIMIT, r.stopReason());
        assertTrue(r.nodes() < 3000 * 4, () -> r.nodes() + " nodes");
    }

    @Test
    void iterationAndTimeLimitsAreReported() {
        EGraph<Num> g = EGraph.withConstantFolding();
        g.addExpr(p("a + b + c + d + e + f"));
        SaturationResult r = saturate(g, SaturationLimits.defaults().withMaxIterations(2));
        assertEquals(SaturationResult.StopReason.ITERATION_LIMIT, r.stopReason());
        assertEquals(2, r.iterations().size());
        EGraph<Num> h = EGraph.withConstantFolding();
        h.addExpr(p("a + b + c + d + e + f + g + h + i + j + k + l"));
        SaturationResult t =
                saturate(
                        h,
                        SaturationLimits.defaults()
                                .withMaxIterations(100_000)
                                .withMaxNodes(Integer.MAX_VALUE)
                                .withTimeoutMillis(100)
                                .withoutBackoff());
        assertEquals(SaturationResult.StopReason.TIME_LIMIT, t.stopReason());
    }

    @Test
    void aClosedRuleSetSaturates() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int root = g.addExpr(p("x*1 + 0"));
        SaturationResult r =
                new SaturationRunner(SaturationLimits.defaults())
                        .run(
                                g,
                                List.of(
                                        ERewrite.parse("one-mul", "~a * 1 => ~a"),
                                        ERewrite.parse("zero-add", "~a + 0 => ~a")));
        assertEquals(SaturationResult.StopReason.SATURATED, r.stopReason());
        assertSame(Sym.of("x"), new TreeExtractor(g, ENodeCost.astSize()).extract(root));
    }

    @Test
    void extractedTermsKeepTheirValues() {
        RandomExprs gen = new RandomExprs(21, false);
        for (int i = 0; i < 40; i++) {
            Expr e = gen.next(3);
            EGraph<Num> g = EGraph.withConstantFolding();
            int root = g.addExpr(e);
            saturate(g, SaturationLimits.defaults().withMaxIterations(6).withMaxNodes(2000));
            Expr best = new DagExtractor(g, CpuCost.standard()).extract(root).expr();
            Expr small = new TreeExtractor(g, ENodeCost.astSize()).extract(root);
            Map<Sym, Double> at = gen.point(0.5, 1.5);
            double want = e.eval(at);
            assertTrue(RandomExprs.close(want, best.eval(at), 1e-9), () -> e + " -> " + best);
            assertTrue(RandomExprs.close(want, small.eval(at), 1e-9), () -> e + " -> " + small);
        }
    }

    @Test
    void limitsAreValidated() {
        assertThrows(
                IllegalArgumentException.class, () -> SaturationLimits.defaults().withMaxNodes(0));
        assertThrows(IllegalArgumentException.class, () -> ERewrite.parse("bad", "~a => ~b"));
        assertThrows(IllegalArgumentException.class, () -> ERewrite.parse("bad", "~a + 1"));
    }
}
