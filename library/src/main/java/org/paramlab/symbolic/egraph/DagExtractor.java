package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extraction that charges each shared e-class once (DAG cost), which is what code with common
 * subexpressions computed once pays. Exact DAG extraction is NP-hard; this is the greedy heuristic
 * of the extraction-gym benchmark ("greedy-dag"): each class keeps the set of classes its best term
 * uses with their costs, a node's cost is the total over the union of its children's sets plus
 * itself, iterated to a fixpoint. The reported cost is the true DAG cost of the final choice, at
 * most the tree cost of the same terms.
 */
public final class DagExtractor {
    private final EGraph<?> g;
    private final ENodeCost cost;
    private final Map<Integer, Map<Integer, Double>> sets = new HashMap<>();
    private final Map<Integer, Double> totals = new HashMap<>();
    private final Map<Integer, ENode> choice = new HashMap<>();
    private final TreeExtractor fallback;

    /** Computes a choice for every class of the clean graph {@code g}. */
    public DagExtractor(EGraph<?> g, ENodeCost cost) {
        this.g = g;
        this.cost = cost;
        this.fallback = new TreeExtractor(g, cost);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (EClass<?> c : g.classes()) {
                int id = c.id();
                for (ENode n : c.nodes()) {
                    Map<Integer, Double> s = candidate(id, n);
                    if (s == null) {
                        continue;
                    }
                    double total = 0;
                    for (double v : s.values()) {
                        total += v;
                    }
                    Double old = totals.get(id);
                    if (old == null || total < old - 1e-9) {
                        sets.put(id, s);
                        totals.put(id, total);
                        choice.put(id, n);
                        changed = true;
                    }
                }
            }
        }
    }

    private Map<Integer, Double> candidate(int id, ENode n) {
        Map<Integer, Double> s = new HashMap<>();
        for (int i = 0; i < n.arity(); i++) {
            Map<Integer, Double> k = sets.get(g.find(n.child(i)));
            if (k == null || k.containsKey(id)) {
                return null; // child not reached yet, or a cycle through this class
            }
            if (s.size() < k.size()) {
                Map<Integer, Double> t = new HashMap<>(k);
                t.putAll(s);
                s = t;
            } else {
                s.putAll(k);
            }
        }
        s.put(id, cost.cost(g, n));
        return s;
    }

    /** The cheapest term found for one class. */
    public ExtractionResult extract(int eclass) {
        return extract(List.of(eclass));
    }

    /** Terms for several classes (e.g. every entry of a Jacobian) sharing subterms. */
    public ExtractionResult extract(List<Integer> eclasses) {
        Map<Integer, Expr> memo = new HashMap<>();
        Map<Integer, ENode> used = new HashMap<>();
        List<Expr> out = new ArrayList<>();
        for (int c : eclasses) {
            out.add(build(g.find(c), memo, used, new HashSet<>()));
        }
        double total = 0;
        for (ENode n : used.values()) {
            total += cost.cost(g, n);
        }
        return new ExtractionResult(out, total);
    }

    /**
     * Terms for several classes with every class used more than once by the chosen terms bound to a
     * symbol {@code cse_<class>} (see {@link SharedExtraction}), for code generation that keeps the
     * extracted sharing.
     */
    public SharedExtraction extractShared(List<Integer> eclasses) {
        Map<Integer, Integer> uses = new HashMap<>();
        Map<Integer, ENode> chosen = new HashMap<>();
        for (int c : eclasses) {
            countUses(g.find(c), uses, chosen, new HashSet<>());
        }
        Map<Integer, Expr> memo = new HashMap<>();
        Map<Sym, Expr> defs = new LinkedHashMap<>();
        List<Expr> out = new ArrayList<>();
        for (int c : eclasses) {
            out.add(buildShared(g.find(c), memo, chosen, uses, defs));
        }
        double total = 0;
        for (ENode n : chosen.values()) {
            total += cost.cost(g, n);
        }
        return new SharedExtraction(out, defs, total);
    }

    private void countUses(
            int cls, Map<Integer, Integer> uses, Map<Integer, ENode> chosen, Set<Integer> path) {
        if (uses.merge(cls, 1, Integer::sum) > 1) {
            return;
        }
        ENode n = choice.get(cls);
        if (n == null || !path.add(cls)) {
            n = fallback.bestNode(cls);
            path.add(cls);
        }
        if (n == null) {
            throw new IllegalArgumentException("E-class " + cls + " has no finite term");
        }
        chosen.put(cls, n);
        for (int i = 0; i < n.arity(); i++) {
            countUses(g.find(n.child(i)), uses, chosen, path);
        }
        path.remove(cls);
    }

    private Expr buildShared(
            int cls,
            Map<Integer, Expr> memo,
            Map<Integer, ENode> chosen,
            Map<Integer, Integer> uses,
            Map<Sym, Expr> defs) {
        Expr done = memo.get(cls);
        if (done != null) {
            return done;
        }
        ENode n = chosen.get(cls);
        List<Expr> kids = new ArrayList<>(n.arity());
        for (int i = 0; i < n.arity(); i++) {
            kids.add(buildShared(g.find(n.child(i)), memo, chosen, uses, defs));
        }
        Expr e = EGraph.build(n, kids);
        if (!n.isLeaf() && uses.get(cls) > 1 && !e.isAtom()) {
            Sym s = Sym.of("cse_" + cls);
            defs.put(s, e);
            e = s;
        }
        memo.put(cls, e);
        return e;
    }

    private Expr build(
            int cls, Map<Integer, Expr> memo, Map<Integer, ENode> used, Set<Integer> path) {
        Expr done = memo.get(cls);
        if (done != null) {
            return done;
        }
        ENode n = choice.get(cls);
        if (n == null || !path.add(cls)) {
            n = fallback.bestNode(cls); // unreachable choice or a cycle: take the tree choice
            path.add(cls);
        }
        if (n == null) {
            throw new IllegalArgumentException("E-class " + cls + " has no finite term");
        }
        List<Expr> kids = new ArrayList<>(n.arity());
        for (int i = 0; i < n.arity(); i++) {
            kids.add(build(g.find(n.child(i)), memo, used, path));
        }
        path.remove(cls);
        Expr e = EGraph.build(n, kids);
        memo.put(cls, e);
        used.put(cls, n);
        return e;
    }
}
