package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Wild;
import org.paramlab.symbolic.parse.ExprParser;
import org.paramlab.symbolic.parse.ExprSyntaxException;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rewrite rule {@code pattern => replacement} with pattern variables {@code ~x}, applied at the
 * root of an expression. Patterns are canonical expressions, so they match up to commutativity and
 * associativity (see {@link AcMatcher} for how sums and products match in part): the rule {@code
 * sin(~x)^2 + cos(~x)^2 => 1} turns {@code y + 2*sin(t)^2 + 2*cos(t)^2} into {@code y + 2}. Because
 * patterns are canonicalised, a pattern such as {@code ~x^0} is just {@code 1}; write rules the
 * canonical form does not already apply.
 *
 * <pre>{@code
 * RewriteRule pythagoras = RewriteRule.parse("sin(~x)^2 + cos(~x)^2 => 1");
 * RewriteRule expLog = RewriteRule.parse("exp(log(~x)) => ~x");
 * RewriteRule positiveOnly = RewriteRule.parse("sqrt(~x^2) => ~x")
 *         .when(m -> m.get("x").isNumber() && ((Num) m.get("x")).signum() > 0);
 * Rewriters.postwalk(pythagoras).rewrite(ExprParser.parse("sin(a)^2 + cos(a)^2 + b"));  // b + 1
 * }</pre>
 */
public final class RewriteRule implements Rewriter {
    private final String name;
    private final Expr pattern;
    private final Function<PatternMatch, Expr> replacement;
    private final Predicate<PatternMatch> condition;

    private RewriteRule(
            String name,
            Expr pattern,
            Function<PatternMatch, Expr> replacement,
            Predicate<PatternMatch> condition) {
        this.name = name;
        this.pattern = pattern;
        this.replacement = replacement;
        this.condition = condition;
    }

    /**
     * Parses {@code "pattern => replacement"}.
     *
     * @throws ExprSyntaxException if either side is malformed or {@code =>} is missing
     * @throws IllegalArgumentException if the replacement uses a variable the pattern lacks
     */
    public static RewriteRule parse(String text) {
        int arrow = text.indexOf("=>");
        if (arrow < 0) {
            throw new ExprSyntaxException(
                    "Expected '=>' between pattern and replacement at column "
                            + (text.length() + 1),
                    text,
                    text.length() + 1);
        }
        Expr lhs = side(text, 0, arrow);
        Expr rhs = side(text, arrow + 2, text.length());
        return of(lhs, rhs).named(text.strip());
    }

    private static Expr side(String text, int from, int to) {
        String part = text.substring(from, to);
        try {
            return ExprParser.parse(part);
        } catch (ExprSyntaxException e) {
            int column = from + e.column();
            String first = e.getMessage().split("\n", 2)[0];
            String msg = first.replaceAll("at column \\d+", "at column " + column);
            throw new ExprSyntaxException(msg, text, column);
        }
    }

    /**
     * The rule {@code pattern => replacement}, the replacement instantiated with the bindings.
     *
     * @throws IllegalArgumentException if the replacement uses a variable the pattern lacks
     */
    public static RewriteRule of(Expr pattern, Expr replacement) {
        Set<Wild> bound = wilds(pattern);
        for (Wild w : wilds(replacement)) {
            if (!bound.contains(w)) {
                throw new IllegalArgumentException(
                        "The replacement "
                                + replacement
                                + " uses "
                                + w
                                + ", which the pattern "
                                + pattern
                                + " does not bind");
            }
        }
        return new RewriteRule(
                pattern + " => " + replacement,
                pattern,
                m -> replacement.subs(m.bindings()),
                m -> true);
    }

    /** The rule whose replacement is computed from the match. */
    public static RewriteRule of(Expr pattern, Function<PatternMatch, Expr> replacement) {
        return new RewriteRule(
                pattern + " => (computed)",
                pattern,
                Objects.requireNonNull(replacement),
                m -> true);
    }

    private static Set<Wild> wilds(Expr e) {
        Set<Wild> out = new HashSet<>();
        for (Expr n : ExprWalk.postOrder(e)) {
            if (n instanceof Wild) {
                out.add((Wild) n);
            }
        }
        return out;
    }

    /** This rule, applied only to matches that pass {@code test} (others are searched further). */
    public RewriteRule when(Predicate<PatternMatch> test) {
        return new RewriteRule(name, pattern, replacement, condition.and(test));
    }

    /** This rule under another name (shown in traces and {@link #toString()}). */
    public RewriteRule named(String newName) {
        return new RewriteRule(newName, pattern, replacement, condition);
    }

    /** The name, by default the rule's text. */
    public String name() {
        return name;
    }

    /** The pattern. */
    public Expr pattern() {
        return pattern;
    }

    /** The first match of the pattern at the root of {@code e} that passes the condition. */
    public Optional<PatternMatch> match(Expr e) {
        PatternMatch[] found = new PatternMatch[1];
        AcMatcher.matchRoot(
                pattern,
                e,
                (b, s, rest) -> {
                    PatternMatch m = new PatternMatch(b.toMap());
                    if (condition.test(m)) {
                        found[0] = m;
                        return true;
                    }
                    return false;
                });
        return Optional.ofNullable(found[0]);
    }

    /** The rewritten expression, or {@code e} when the pattern does not match at the root. */
    @Override
    public Expr rewrite(Expr e) {
        Expr[] out = new Expr[1];
        AcMatcher.matchRoot(
                pattern,
                e,
                (b, s, rest) -> {
                    PatternMatch m = new PatternMatch(b.toMap());
                    if (!condition.test(m)) {
                        return false;
                    }
                    Expr r = replacement.apply(m);
                    if (pattern instanceof Add) {
                        r = Add.of(Mul.of(s, r), rest == null ? Num.ZERO : rest);
                    } else if (pattern instanceof Mul && rest != null) {
                        r = Mul.of(r, rest);
                    }
                    out[0] = r;
                    return true;
                });
        return out[0] == null ? e : out[0];
    }

    /** The rule's name. */
    @Override
    public String toString() {
        return name;
    }
}
