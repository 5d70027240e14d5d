package org.paramlab.symbolic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Traversals of expression DAGs, each visiting every distinct node once: the post-order used by
 * code generation and common-subexpression elimination, free symbols, containment and DAG size.
 */
public final class ExprWalk {
    private ExprWalk() {}

    /**
     * Every distinct node reachable from the roots, children before parents (a topological order of
     * the DAG). Roots shared between entries appear once.
     */
    public static List<Expr> postOrder(Collection<? extends Expr> roots) {
        List<Expr> out = new ArrayList<>();
        Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        for (Expr r : roots) {
            if (!seen.add(r)) {
                continue;
            }
            stack.push(new Object[] {r, 0});
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                Expr e = (Expr) top[0];
                int i = (Integer) top[1];
                List<Expr> args = e.args();
                if (i < args.size()) {
                    top[1] = i + 1;
                    Expr c = args.get(i);
                    if (seen.add(c)) {
                        stack.push(new Object[] {c, 0});
                    }
                } else {
                    stack.pop();
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** {@link #postOrder(Collection)} of one root. */
    public static List<Expr> postOrder(Expr root) {
        return postOrder(List.of(root));
    }

    /** The number of distinct nodes reachable from the root (the DAG size). */
    public static int dagSize(Expr root) {
        return postOrder(root).size();
    }

    /** The symbols occurring in the expressions, in first-visit order. */
    public static Set<Sym> freeSymbols(Collection<? extends Expr> roots) {
        Set<Sym> out = new LinkedHashSet<>();
        for (Expr e : postOrder(roots)) {
            if (e instanceof Sym) {
                out.add((Sym) e);
            }
        }
        return out;
    }

    /** The symbols occurring in {@code e}. */
    public static Set<Sym> freeSymbols(Expr e) {
        return freeSymbols(List.of(e));
    }

    /** True when {@code part} occurs in {@code e} as a node. */
    public static boolean contains(Expr e, Expr part) {
        if (e == part) {
            return true;
        }
        for (Expr n : postOrder(e)) {
            if (n == part) {
                return true;
            }
        }
        return false;
    }
}
