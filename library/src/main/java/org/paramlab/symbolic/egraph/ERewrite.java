package org.paramlab.symbolic.egraph;

import java.util.Objects;

/**
 * A named e-graph rewrite: a searcher, an applier and an optional condition (egg's {@code
 * Rewrite}). Usually both sides are {@link EPattern}s: {@code ERewrite.parse("comm-add", "~a + ~b
 * => ~b + ~a")}.
 */
public final class ERewrite {
    private final String name;
    private final ESearcher searcher;
    private final EApplier applier;
    private final ECondition condition;

    private ERewrite(String name, ESearcher searcher, EApplier applier, ECondition condition) {
        this.name = Objects.requireNonNull(name, "name");
        this.searcher = Objects.requireNonNull(searcher, "searcher");
        this.applier = Objects.requireNonNull(applier, "applier");
        this.condition = condition;
    }

    /**
     * The rewrite {@code "lhs => rhs"} between two patterns.
     *
     * @throws IllegalArgumentException if {@code =>} is missing or the right side uses a variable
     *     the left side does not bind
     * @throws org.paramlab.symbolic.parse.ExprSyntaxException if a side is malformed
     */
    public static ERewrite parse(String name, String rule) {
        int arrow = rule.indexOf("=>");
        if (arrow < 0) {
            throw new IllegalArgumentException(
                    "Rewrite " + name + " needs 'lhs => rhs', found: " + rule);
        }
        return of(
                name,
                EPattern.parse(rule.substring(0, arrow)),
                EPattern.parse(rule.substring(arrow + 2)));
    }

    /**
     * The rewrite lhs → rhs.
     *
     * @throws IllegalArgumentException if rhs uses a variable lhs does not bind
     */
    public static ERewrite of(String name, EPattern lhs, EPattern rhs) {
        for (String v : rhs.variables()) {
            if (!lhs.variables().contains(v)) {
                throw new IllegalArgumentException(
                        "Rewrite "
                                + name
                                + ": the right side uses ~"
                                + v
                                + ", which "
                                + lhs
                                + " does not bind");
            }
        }
        return new ERewrite(name, lhs, rhs, null);
    }

    /** A rewrite from any searcher and applier. */
    public static ERewrite of(String name, ESearcher searcher, EApplier applier) {
        return new ERewrite(name, searcher, applier, null);
    }

    /** This rewrite applied only where {@code c} holds. */
    public ERewrite when(ECondition c) {
        return new ERewrite(name, searcher, applier, condition == null ? c : condition.and(c));
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The searcher. */
    public ESearcher searcher() {
        return searcher;
    }

    /** The applier. */
    public EApplier applier() {
        return applier;
    }

    /** True when the condition (if any) holds for this match. */
    public boolean allows(EGraph<?> g, int eclass, ESubst s) {
        return condition == null || condition.check(g, eclass, s);
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}
