package org.paramlab.symbolic.egraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrite sets for equality saturation over arithmetic, in the spirit of egg's {@code
 * tests/math.rs} (rules are identities over the reals where both sides are defined; {@code x/x = 1}
 * requires x ≠ 0 by {@link ECondition#isNotZero}). With {@link ConstantFolding} the numeric parts
 * evaluate.
 */
public final class ArithmeticRewrites {
    private ArithmeticRewrites() {}

    /** Commutativity of + and *. */
    public static List<ERewrite> commutativity() {
        return List.of(
                ERewrite.parse("comm-add", "~a + ~b => ~b + ~a"),
                ERewrite.parse("comm-mul", "~a * ~b => ~b * ~a"));
    }

    /** Associativity of + and *. */
    public static List<ERewrite> associativity() {
        return List.of(
                ERewrite.parse("assoc-add", "~a + (~b + ~c) => (~a + ~b) + ~c"),
                ERewrite.parse("assoc-mul", "~a * (~b * ~c) => (~a * ~b) * ~c"));
    }

    /**
     * Commutativity, associativity, identities, distribution and factoring, powers: a set that
     * finds factored (Horner-like) forms and shared products.
     */
    public static List<ERewrite> basic() {
        List<ERewrite> rs = new ArrayList<>(commutativity());
        rs.addAll(associativity());
        rs.add(ERewrite.parse("zero-add", "~a + 0 => ~a"));
        rs.add(ERewrite.parse("one-mul", "~a * 1 => ~a"));
        rs.add(ERewrite.parse("zero-mul", "~a * 0 => 0"));
        rs.add(ERewrite.parse("cancel-sub", "~a - ~a => 0"));
        rs.add(ERewrite.parse("cancel-div", "~a / ~a => 1").when(ECondition.isNotZero("a")));
        rs.add(ERewrite.parse("distribute", "~a * (~b + ~c) => ~a*~b + ~a*~c"));
        rs.add(ERewrite.parse("factor", "~a*~b + ~a*~c => ~a * (~b + ~c)"));
        rs.add(ERewrite.parse("factor-one", "~a + ~a*~c => ~a * (1 + ~c)"));
        rs.add(ERewrite.parse("square", "~a * ~a => ~a^2"));
        rs.add(ERewrite.parse("unsquare", "~a^2 => ~a * ~a"));
        rs.add(ERewrite.parse("pow-mul", "~a^~m * ~a^~n => ~a^(~m + ~n)"));
        rs.add(ERewrite.parse("pow-one", "~a^1 => ~a"));
        rs.add(ERewrite.parse("pow-succ", "~a * ~a^~n => ~a^(~n + 1)"));
        return List.copyOf(rs);
    }
}
