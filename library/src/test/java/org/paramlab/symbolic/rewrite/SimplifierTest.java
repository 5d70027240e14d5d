package org.paramlab.symbolic.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.Map;
import java.util.Random;

class SimplifierTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void trigonometricAndRationalFamily() {
        assertSame(p("y + 1"), Simplifier.simplify(p("sin(x)^2 + cos(x)^2 + exp(log(y))")));
        assertSame(p("1"), Simplifier.simplify(p("(sin(x) + cos(x))^2 - 2*sin(x)*cos(x)")));
        assertSame(p("x + 1"), Simplifier.simplify(p("(x^2 - 1)/(x - 1)")));
        assertSame(p("x - y"), Simplifier.simplify(p("(x^2 - y^2)/(x + y)")));
        assertSame(p("cos(x)"), Simplifier.simplify(p("sin(-2*y) + sin(2*y) + cos(-x)")));
        assertSame(p("exp(y)"), Simplifier.simplify(p("exp(x)*exp(y)/exp(x)")));
        assertSame(p("tan(x)"), Simplifier.simplify(p("sin(x)/cos(x)")));
        assertSame(p("x + 1"), Simplifier.simplify(p("cosh(t)^2 - sinh(t)^2 + x")));
    }

    @Test
    void simplifiedResultsKeepTheirValues() {
        Random rng = new Random(3);
        String[] family = {
            "sin(x)^2 + cos(x)^2",
            "(x^2 - 1)/(x + 1)",
            "exp(log(x))*y",
            "tan(x)*cos(x)",
            "(x + y)^2 - x^2 - y^2",
            "cosh(x)^2 - sinh(x)^2 + x",
            "sin(x)*cos(y)/cos(y)",
        };
        for (String f : family) {
            Expr e = p(f);
            Expr s = Simplifier.simplify(e);
            Map<Sym, Double> at =
                    Map.of(
                            Sym.of("x"),
                            0.5 + rng.nextDouble(),
                            Sym.of("y"),
                            0.5 + rng.nextDouble());
            assertTrue(RandomExprs.close(e.eval(at), s.eval(at), 1e-12), () -> f + " -> " + s);
            assertTrue(s.treeSize() <= e.treeSize(), () -> f + " grew to " + s);
        }
    }

    @Test
    void aLoopingRuleSetStopsAtTheStepLimit() {
        Simplifier loop =
                new Simplifier(SimplificationRules.parseAll("f(~x) => g(~x)", "g(~x) => f(~x)"));
        SimplifyResult r =
                loop.simplify(p("f(x) + 1"), SimplifyBudget.defaults().withMaxSteps(500));
        assertEquals(SimplifyResult.Stop.STEP_LIMIT, r.stop());
        assertEquals(500, r.steps());
        assertSame(p("f(x) + 1"), r.best());
    }

    @Test
    void aGrowingRuleSetStopsAtTheNodeLimit() {
        Simplifier grow = new Simplifier(SimplificationRules.parseAll("f(~x) => f(f(~x))"));
        SimplifyResult r = grow.simplify(p("f(x)"), SimplifyBudget.defaults().withMaxNodes(1000));
        assertEquals(SimplifyResult.Stop.NODE_LIMIT, r.stop());
        assertSame(p("f(x)"), r.best());
    }

    @Test
    void aSlowRuleSetStopsAtTheTimeLimit() {
        RewriteRule slow =
                RewriteRule.of(
                        p("f(~x)"),
                        m -> {
                            try {
                                Thread.sleep(2);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return p("g(" + m.get("x") + ")");
                        });
        Simplifier s = new Simplifier(java.util.List.of(slow, RewriteRule.parse("g(~x) => f(~x)")));
        SimplifyResult r =
                s.simplify(p("f(x)"), new SimplifyBudget(Integer.MAX_VALUE, Long.MAX_VALUE, 50));
        assertEquals(SimplifyResult.Stop.TIME_LIMIT, r.stop());
    }

    @Test
    void aFinishedSimplificationReportsItsFixpoint() {
        SimplifyResult r =
                Simplifier.standard().simplify(p("sin(x)^2 + cos(x)^2"), SimplifyBudget.defaults());
        assertEquals(SimplifyResult.Stop.FIXPOINT, r.stop());
        assertSame(p("1"), r.best());
        assertEquals(1.0, r.bestCost());
    }

    @Test
    void budgetsMustBePositive() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SimplifyBudget(0, 10, 10));
        assertTrue(e.getMessage().contains("maxSteps=0"), e.getMessage());
    }
}
