package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Combinators that build rewriting strategies from rewriters, in the style of SymbolicUtils.jl's
 * {@code Chain}, {@code Postwalk} and {@code Fixpoint}. Walks visit each distinct node of the DAG
 * once per call.
 *
 * <pre>{@code
 * Rewriter step = Rewriters.postwalk(Rewriters.firstOf(SimplificationRules.trigonometric()));
 * Rewriter full = Rewriters.fixpoint(step, 20);
 * }</pre>
 */
public final class Rewriters {
    private Rewriters() {}

    /** Each rewriter in turn, each on the result of the one before. */
    public static Rewriter chain(Rewriter... steps) {
        List<Rewriter> rs = List.of(steps);
        return e -> {
            for (Rewriter r : rs) {
                e = r.rewrite(e);
            }
            return e;
        };
    }

    /** The first rewriter that changes the expression (the rest are not tried). */
    public static Rewriter firstOf(List<? extends Rewriter> candidates) {
        List<Rewriter> rs = new ArrayList<>(candidates);
        return e -> {
            for (Rewriter r : rs) {
                Expr x = r.rewrite(e);
                if (x != e) {
                    return x;
                }
            }
            return e;
        };
    }

    /** Bottom-up: rewrites the arguments first, rebuilds, then applies {@code r} at the node. */
    public static Rewriter postwalk(Rewriter r) {
        return e -> post(e, r, new IdentityHashMap<>());
    }

    private static Expr post(Expr e, Rewriter r, IdentityHashMap<Expr, Expr> memo) {
        Expr done = memo.get(e);
        if (done != null) {
            return done;
        }
        Expr x = e;
        if (!e.isAtom()) {
            List<Expr> args = e.args();
            List<Expr> out = new ArrayList<>(args.size());
            boolean changed = false;
            for (Expr a : args) {
                Expr b = post(a, r, memo);
                changed |= a != b;
                out.add(b);
            }
            x = changed ? e.withArgs(out) : e;
        }
        Expr y = r.rewrite(x);
        memo.put(e, y);
        return y;
    }

    /** Top-down: applies {@code r} at the node, then walks into the result's arguments. */
    public static Rewriter prewalk(Rewriter r) {
        return e -> pre(e, r, new IdentityHashMap<>());
    }

    private static Expr pre(Expr e, Rewriter r, IdentityHashMap<Expr, Expr> memo) {
        Expr done = memo.get(e);
        if (done != null) {
            return done;
        }
        Expr x = r.rewrite(e);
        Expr y = x;
        if (!x.isAtom()) {
            List<Expr> args = x.args();
            List<Expr> out = new ArrayList<>(args.size());
            boolean changed = false;
            for (Expr a : args) {
                Expr b = pre(a, r, memo);
                changed |= a != b;
                out.add(b);
            }
            y = changed ? x.withArgs(out) : x;
        }
        memo.put(e, y);
        return y;
    }

    /**
     * {@code r} repeated until the expression stops changing or {@code maxIterations} applications
     * were made, whichever comes first (so a looping rule set still returns).
     *
     * @throws IllegalArgumentException if {@code maxIterations} is negative
     */
    public static Rewriter fixpoint(Rewriter r, int maxIterations) {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be ≥ 0, found " + maxIterations);
        }
        return e -> {
            for (int i = 0; i < maxIterations; i++) {
                Expr x = r.rewrite(e);
                if (x == e) {
                    return e;
                }
                e = x;
            }
            return e;
        };
    }
}
