package org.paramlab.symbolic.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Ready-made rule sets for {@link Simplifier}. Every rule is an identity for real arguments where
 * both sides are defined. {@code log(exp(x)) = x} holds for real x only, so none of these suit
 * complex-valued expressions.
 */
public final class SimplificationRules {
    private SimplificationRules() {}

    /**
     * Pythagorean identities (also scaled and with the constant moved across), quotient to tangent,
     * and odd/even symmetry of sin, cos, tan, sinh, cosh, tanh.
     */
    public static List<RewriteRule> trigonometric() {
        return parseAll(
                "sin(~x)^2 + cos(~x)^2 => 1",
                "cosh(~x)^2 - sinh(~x)^2 => 1",
                "1 - sin(~x)^2 => cos(~x)^2",
                "1 - cos(~x)^2 => sin(~x)^2",
                "sin(~x)/cos(~x) => tan(~x)",
                "tan(~x)*cos(~x) => sin(~x)",
                "sin(-~x) => -sin(~x)",
                "cos(-~x) => cos(~x)",
                "tan(-~x) => -tan(~x)",
                "sinh(-~x) => -sinh(~x)",
                "cosh(-~x) => cosh(~x)",
                "tanh(-~x) => -tanh(~x)");
    }

    /** exp and log: inverse pairs, products and powers of exponentials. */
    public static List<RewriteRule> exponential() {
        return parseAll(
                "exp(log(~x)) => ~x",
                "log(exp(~x)) => ~x",
                "exp(~x)*exp(~y) => exp(~x + ~y)",
                "exp(~x)^~n => exp(~n*~x)",
                "sqrt(~x^2) => abs(~x)");
    }

    /** {@link #trigonometric()} and {@link #exponential()}. */
    public static List<RewriteRule> standard() {
        List<RewriteRule> all = new ArrayList<>(trigonometric());
        all.addAll(exponential());
        return List.copyOf(all);
    }

    /**
     * The rules written one per string as {@code "pattern => replacement"}.
     *
     * @throws org.paramlab.symbolic.parse.ExprSyntaxException if one is malformed
     */
    public static List<RewriteRule> parseAll(String... rules) {
        List<RewriteRule> out = new ArrayList<>(rules.length);
        for (String r : rules) {
            out.add(RewriteRule.parse(r));
        }
        return List.copyOf(out);
    }
}
