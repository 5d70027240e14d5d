package org.paramlab.symbolic.rewrite;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.List;
import java.util.Map;

class RewritersTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    private static final RewriteRule F_TO_G = RewriteRule.parse("f(~x) => g(~x)");
    private static final RewriteRule G_TO_H = RewriteRule.parse("g(~x) => h(~x)");

    @Test
    void chainAppliesEachStepToThePreviousResult() {
        assertSame(p("h(a)"), Rewriters.chain(F_TO_G, G_TO_H).rewrite(p("f(a)")));
        assertSame(p("g(a)"), Rewriters.chain(G_TO_H, F_TO_G).rewrite(p("f(a)")));
    }

    @Test
    void firstOfStopsAtTheFirstChange() {
        assertSame(p("g(a)"), Rewriters.firstOf(List.of(F_TO_G, G_TO_H)).rewrite(p("f(a)")));
    }

    @Test
    void walksReachEveryNode() {
        Expr e = p("f(f(a)) + f(b)");
        assertSame(p("g(g(a)) + g(b)"), Rewriters.postwalk(F_TO_G).rewrite(e));
        assertSame(p("g(g(a)) + g(b)"), Rewriters.prewalk(F_TO_G).rewrite(e));
        // prewalk rewrites a node before its children: the new g(f(a)) has f(a) inside, walked too
        assertSame(
                p("h(h(a)) + h(b)"),
                Rewriters.postwalk(Rewriters.chain(F_TO_G, G_TO_H)).rewrite(e));
    }

    @Test
    void fixpointStopsAtItsIterationLimit() {
        RewriteRule grow = RewriteRule.parse("f(~x) => f(~x + 1)");
        assertSame(p("f(x + 5)"), Rewriters.fixpoint(grow, 5).rewrite(p("f(x)")));
        assertSame(
                p("h(a)"),
                Rewriters.fixpoint(Rewriters.firstOf(List.of(F_TO_G, G_TO_H)), 100)
                        .rewrite(p("f(a)")));
    }

    @Test
    void standardRulesPreserveValues() {
        Rewriter r =
                Rewriters.fixpoint(
                        Rewriters.postwalk(Rewriters.firstOf(SimplificationRules.standard())), 20);
        RandomExprs gen = new RandomExprs(5, false);
        for (int i = 0; i < 300; i++) {
            Expr e = gen.next(4);
            Expr trig = e.plus(Expr.sin(e).pow(2)).plus(Expr.cos(e).pow(2));
            Expr s = r.rewrite(trig);
            Map<Sym, Double> at = gen.point(0.5, 1.5);
            assertTrue(
                    RandomExprs.close(trig.eval(at), s.eval(at), 1e-9),
                    () -> trig + " became " + s);
        }
    }
}
