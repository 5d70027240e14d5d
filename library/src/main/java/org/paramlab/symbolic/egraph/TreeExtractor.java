package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extraction of the cheapest term per e-class where a node costs its own cost plus its children's,
 * counted once per use (a tree cost, egg's {@code Extractor}); computed bottom-up to a fixpoint, so
 * cycles in the e-graph are harmless. Build it on a clean graph.
 */
public final class TreeExtractor {
    private final EGraph<?> g;
    private final Map<Integer, Double> best = new HashMap<>();
    private final Map<Integer, ENode> choice = new HashMap<>();

    /** Computes the best node of every class of {@code g} under {@code cost}. */
    public TreeExtractor(EGraph<?> g, ENodeCost cost) {
        this.g = g;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (EClass<?> c : g.classes()) {
                for (ENode n : c.nodes()) {
                    double total = cost.cost(g, n);
                    for (int i = 0; i < n.arity() && total < Double.POSITIVE_INFINITY; i++) {
                        Double k = best.get(g.find(n.child(i)));
                        total = k == null ? Double.POSITIVE_INFINITY : total + k;
                    }
                    Double old = best.get(c.id());
                    if (total < Double.POSITIVE_INFINITY && (old == null || total < old - 1e-12)) {
                        best.put(c.id(), total);
                        choice.put(c.id(), n);
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * The cost of the cheapest term of the class.
     *
     * @throws IllegalArgumentException if the class has no finite term
     */
    public double cost(int eclass) {
        Double c = best.get(g.find(eclass));
        if (c == null) {
            throw new IllegalArgumentException("E-class " + eclass + " has no finite term");
        }
        return c;
    }

    /** The chosen node of the class (null if none is finite). */
    public ENode bestNode(int eclass) {
        return choice.get(g.find(eclass));
    }

    /** The cheapest term of the class as a canonical expression. */
    public Expr extract(int eclass) {
        return build(g.find(eclass), new HashMap<>());
    }

    private Expr build(int cls, Map<Integer, Expr> memo) {
        Expr done = memo.get(cls);
        if (done != null) {
            return done;
        }
        ENode n = choice.get(cls);
        if (n == null) {
            throw new IllegalArgumentException("E-class " + cls + " has no finite term");
        }
        List<Expr> kids = new ArrayList<>(n.arity());
        for (int i = 0; i < n.arity(); i++) {
            kids.add(build(g.find(n.child(i)), memo));
        }
        Expr e = EGraph.build(n, kids);
        memo.put(cls, e);
        return e;
    }
}
