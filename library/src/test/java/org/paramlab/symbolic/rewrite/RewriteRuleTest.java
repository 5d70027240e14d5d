package org.paramlab.symbolic.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.parse.ExprParser;
import org.paramlab.symbolic.parse.ExprSyntaxException;

class RewriteRuleTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    private static Expr apply(String rule, String target) {
        return RewriteRule.parse(rule).rewrite(p(target));
    }

    @Test
    void sumPatternsMatchASubsetScaledByOneFactor() {
        String rule = "sin(~x)^2 + cos(~x)^2 => 1";
        assertSame(p("y + 2"), apply(rule, "y + 2*sin(t)^2 + 2*cos(t)^2"));
        assertSame(p("-1"), apply(rule, "-sin(t)^2 - cos(t)^2"));
        assertSame(p("sin(a)^2 + cos(b)^2"), apply(rule, "sin(a)^2 + cos(b)^2"));
        assertSame(p("2*cos(t)^2 + 3"), apply("1 - sin(~x)^2 => cos(~x)^2", "3 - 2*sin(t)^2 + 2"));
    }

    @Test
    void productPatternsMatchSomeFactorsAndPartOfAPower() {
        assertSame(
                p("sin(t)*sin(2*t)/2"), apply("sin(~x)*cos(~x) => sin(2*~x)/2", "sin(t)^2*cos(t)"));
        assertSame(p("3*tan(u)*y"), apply("sin(~x)/cos(~x) => tan(~x)", "3*y*sin(u)/cos(u)"));
    }

    @Test
    void aVariableMustMatchTheSameThingEverywhere() {
        assertSame(p("g(a)"), apply("f(~x, ~x) => g(~x)", "f(a, a)"));
        assertSame(p("f(a, b)"), apply("f(~x, ~x) => g(~x)", "f(a, b)"));
    }

    @Test
    void theLastBareVariableTakesWhatIsLeft() {
        // ~x takes one term, ~y the rest (which term ~x takes follows the canonical order)
        Expr split = apply("exp(~x + ~y) => exp(~x)*exp(~y)", "exp(a + b + c + 1)");
        assertTrue(split instanceof org.paramlab.symbolic.Mul, split::toString);
        Expr sum = split.arg(0).arg(0).plus(split.arg(1).arg(0));
        assertSame(p("a + b + c + 1"), sum);
        assertSame(p("-sin(2*y)"), apply("sin(-~x) => -sin(~x)", "sin(-2*y)"));
        assertSame(p("sin(2*y)"), apply("sin(-~x) => -sin(~x)", "sin(2*y)"));
    }

    @Test
    void conditionsFilterMatches() {
        RewriteRule positiveRoot =
                RewriteRule.parse("sqrt(~x^2) => ~x")
                        .when(m -> m.get("x").isNumber() && ((Num) m.get("x")).signum() > 0);
        assertSame(p("3"), positiveRoot.rewrite(p("sqrt(3^2)")));
        assertSame(p("sqrt(y^2)"), positiveRoot.rewrite(p("sqrt(y^2)")));
        assertTrue(positiveRoot.match(p("sqrt(y^2)")).isEmpty());
    }

    @Test
    void matchesExposeTheirBindings() {
        PatternMatch m = RewriteRule.parse("f(~a, g(~b)) => ~a").match(p("f(x + 1, g(y))")).get();
        assertSame(p("x + 1"), m.get("a"));
        assertSame(p("y"), m.get("b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.get("c"));
        assertTrue(e.getMessage().contains("binds no ~c"), e.getMessage());
    }

    @Test
    void malformedRulesAreRejectedWithTheirPosition() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> RewriteRule.parse("f(~x) => ~y"));
        assertTrue(e.getMessage().contains("~y"), e.getMessage());
        ExprSyntaxException s =
                assertThrows(ExprSyntaxException.class, () -> RewriteRule.parse("f(~x) => g(~x))"));
        assertEquals(15, s.column());
        s = assertThrows(ExprSyntaxException.class, () -> RewriteRule.parse("f(~x) = g(~x)"));
        assertTrue(s.getMessage().contains("=>"), s.getMessage());
    }
}
