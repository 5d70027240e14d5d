package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Call;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Wild;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Associative-commutative matching of canonical patterns against canonical expressions, by
 * backtracking over assignments of pattern terms (factors) to target terms (factors).
 *
 * <p>Semantics. A sum pattern c₀ + Σ dⱼ·pⱼ matches a sub-multiset of a target sum's terms, all
 * scaled by one factor s (so {@code sin(~x)^2 + cos(~x)^2} matches {@code 3*sin(t)^2 + 3*cos(t)^2 +
 * y} with s = 3); at a rule's root the unmatched terms are kept as the rest, elsewhere everything
 * must match with s = 1. A product pattern matches a sub-multiset of a target's factors; an integer
 * power may be matched in part ({@code sin(~x)} inside {@code sin(t)^3} leaves {@code sin(t)^2});
 * at the root the unmatched factors and the coefficient ratio are the rest. A bare pattern variable
 * among the terms (factors) matches one term (factor), and the last one takes everything left over,
 * including the constant (the positive coefficient ratio): so {@code -~x} matches {@code -2*y} with
 * ~x = 2*y but not {@code 2*y}.
 */
final class AcMatcher {
    interface Cont {
        boolean accept(Bindings b);
    }

    interface RootCont {
        boolean accept(Bindings b, Num scale, Expr rest);
    }

    private static final Map<Expr, Boolean> GROUND =
            Collections.synchronizedMap(new WeakHashMap<>());

    private AcMatcher() {}

    static boolean isGround(Expr p) {
        if (p.isAtom()) {
            return !(p instanceof Wild);
        }
        Boolean g = GROUND.get(p);
        if (g == null) {
            g = true;
            for (Expr e : ExprWalk.postOrder(p)) {
                if (e instanceof Wild) {
                    g = false;
                    break;
                }
            }
            GROUND.put(p, g);
        }
        return g;
    }

    static boolean isBare(Expr p) {
        return p instanceof Wild;
    }

    static boolean sameHead(Expr p, Expr t) {
        return p instanceof Wild || p.op() == t.op();
    }

    static boolean matchRoot(Expr p, Expr t, RootCont k) {
        if (p instanceof Add) {
            return new SumMatch((Add) p, t, true, k).run(Bindings.EMPTY);
        }
        if (p instanceof Mul) {
            return new ProductMatch((Mul) p, t, true, k).run(Bindings.EMPTY);
        }
        return match(p, t, Bindings.EMPTY, b -> k.accept(b, Num.ONE, null));
    }

    static boolean match(Expr p, Expr t, Bindings b, Cont k) {
        if (p instanceof Wild) {
            return bind((Wild) p, t, b, k);
        }
        if (isGround(p)) {
            return p == t && k.accept(b);
        }
        if (p instanceof Add) {
            return new SumMatch((Add) p, t, false, (b2, s, r) -> k.accept(b2)).run(b);
        }
        if (p instanceof Mul) {
            return new ProductMatch((Mul) p, t, false, (b2, s, r) -> k.accept(b2)).run(b);
        }
        if (p instanceof Pow) {
            if (!(t instanceof Pow)) {
                return false;
            }
            Pow pp = (Pow) p;
            Pow tp = (Pow) t;
            return match(pp.base(), tp.base(), b, b2 -> match(pp.exponent(), tp.exponent(), b2, k));
        }
        if (p instanceof Call) {
            return t.op() == p.op() && args(p.args(), t.args(), 0, b, k);
        }
        return false;
    }

    private static boolean args(List<Expr> ps, List<Expr> ts, int i, Bindings b, Cont k) {
        if (i == ps.size()) {
            return k.accept(b);
        }
        return match(ps.get(i), ts.get(i), b, b2 -> args(ps, ts, i + 1, b2, k));
    }

    static boolean bind(Wild w, Expr v, Bindings b, Cont k) {
        Expr bound = b.get(w);
        if (bound != null) {
            return bound == v && k.accept(b);
        }
        return k.accept(b.with(w, v));
    }

    /** Pattern terms in matching order: non-variables first, bare variables last. */
    static int[] order(List<Expr> ps) {
        int[] idx = new int[ps.size()];
        int k = 0;
        for (int i = 0; i < ps.size(); i++) {
            if (!isBare(ps.get(i))) {
                idx[k++] = i;
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            if (isBare(ps.get(i))) {
                idx[k++] = i;
            }
        }
        return idx;
    }
}
