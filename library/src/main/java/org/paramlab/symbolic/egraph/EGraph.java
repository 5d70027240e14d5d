package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Call;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Pow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An e-graph: e-classes of equivalent e-nodes under congruence, with a union-find, a hashcons from
 * canonical e-node to class, an {@link EClassAnalysis}, and egg's deferred rebuilding (Willsey et
 * al., "egg: Fast and Extensible Equality Saturation", POPL 2021, arXiv:2004.03082, §3): {@link
 * #union} only records the merge, and {@link #rebuild()} restores the congruence invariant in one
 * batch. Searching is only correct on a clean graph ({@link #isClean()}); the {@link
 * SaturationRunner} rebuilds after each round of rewrites.
 *
 * <pre>{@code
 * EGraph<Num> g = EGraph.withConstantFolding();
 * int root = g.addExpr(ExprParser.parse("a*b + a*c"));
 * SaturationResult r = new SaturationRunner(SaturationLimits.defaults())
 *         .run(g, ArithmeticRewrites.basic());
 * new DagExtractor(g, CpuCost.standard()).extract(root).expr();   // a*(b + c)
 * }</pre>
 *
 * @param <D> the analysis data type
 */
public final class EGraph<D> {
    private final EClassAnalysis<D> analysis;
    private final UnionFind uf = new UnionFind();
    private final Map<ENode, Integer> memo = new HashMap<>();
    private final Map<Integer, EClass<D>> classes = new LinkedHashMap<>();
    private final List<Integer> pending = new ArrayList<>();
    private final ArrayDeque<EClass.Parent> analysisPending = new ArrayDeque<>();
    private int nodeCount;
    private boolean clean = true;
    private Map<Op, List<EClass<D>>> opIndex; // built on demand on a clean graph

    /** An empty e-graph with the given analysis. */
    public EGraph(EClassAnalysis<D> analysis) {
        this.analysis = analysis;
    }

    /** An empty e-graph with {@link ConstantFolding}. */
    public static EGraph<Num> withConstantFolding() {
        return new EGraph<>(new ConstantFolding());
    }

    /** The analysis. */
    public EClassAnalysis<D> analysis() {
        return analysis;
    }

    /** The representative id of the class holding {@code id}. */
    public int find(int id) {
        return uf.find(id);
    }

    /**
     * Adds an e-node (children are class ids) and returns its class: an existing one when an equal
     * node is already present.
     *
     * @throws IllegalArgumentException if a child id is not a class of this graph
     */
    public int add(ENode node) {
        for (int i = 0; i < node.arity(); i++) {
            if (node.child(i) < 0 || node.child(i) >= uf.size()) {
                throw new IllegalArgumentException(
                        "Child " + node.child(i) + " of " + node + " is not a class id");
            }
        }
        ENode n = node.canonical(uf);
        Integer known = memo.get(n);
        if (known != null) {
            return uf.find(known);
        }
        int id = uf.makeSet();
        EClass<D> c = new EClass<>(id, n, null);
        classes.put(id, c);
        for (int i = 0; i < n.arity(); i++) {
            classes.get(uf.find(n.child(i))).parents.add(new EClass.Parent(n, id));
        }
        memo.put(n, id);
        nodeCount++;
        opIndex = null;
        c.data = analysis.make(this, n);
        analysis.modify(this, id);
        return uf.find(id);
    }

    /**
     * Adds an expression, sums and products as left-nested binary nodes (constant or coefficient
     * first, as in {@link Expr#args()}), and returns the class of its root.
     *
     * @throws IllegalArgumentException if it contains a pattern variable
     */
    public int addExpr(Expr e) {
        return addExpr(e, new IdentityHashMap<>());
    }

    private int addExpr(Expr e, IdentityHashMap<Expr, Integer> seen) {
        Integer done = seen.get(e);
        if (done != null) {
            return uf.find(done);
        }
        int id;
        if (e.op() == Op.NUMBER || e.op() == Op.SYMBOL) {
            id = add(ENode.leaf(e));
        } else if (e.op() == Op.WILDCARD) {
            throw new IllegalArgumentException(
                    "Cannot add the pattern variable " + e + " to an e-graph");
        } else if (e instanceof Add || e instanceof Mul) {
            List<Expr> args = e.args();
            id = addExpr(args.get(0), seen);
            for (int i = 1; i < args.size(); i++) {
                id = add(ENode.of(e.op(), id, addExpr(args.get(i), seen)));
            }
        } else {
            List<Expr> args = e.args();
            int[] c = new int[args.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = addExpr(args.get(i), seen);
            }
            id = add(ENode.of(e.op(), c));
        }
        seen.put(e, id);
        return id;
    }

    /** The class of {@code e} if every node of it is already in the graph, else −1. */
    public int lookupExpr(Expr e) {
        if (e.op() == Op.NUMBER || e.op() == Op.SYMBOL) {
            return lookup(ENode.leaf(e));
        }
        if (e.op() == Op.WILDCARD) {
            return -1;
        }
        List<Expr> args = e.args();
        if (e instanceof Add || e instanceof Mul) {
            int id = lookupExpr(args.get(0));
            for (int i = 1; i < args.size() && id >= 0; i++) {
                int r = lookupExpr(args.get(i));
                id = r < 0 ? -1 : lookup(ENode.of(e.op(), id, r));
            }
            return id;
        }
        int[] c = new int[args.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = lookupExpr(args.get(i));
            if (c[i] < 0) {
                return -1;
            }
        }
        return lookup(ENode.of(e.op(), c));
    }

    /** The class of an equal node, or −1. */
    public int lookup(ENode node) {
        Integer id = memo.get(node.canonical(uf));
        return id == null ? -1 : uf.find(id);
    }

    /**
     * Records that classes {@code a} and {@code b} are equal; returns false if they already were.
     * The graph is not clean until {@link #rebuild()}.
     */
    public boolean union(int a, int b) {
        int ra = uf.find(a);
        int rb = uf.find(b);
        if (ra == rb) {
            return false;
        }
        EClass<D> ca = classes.get(ra);
        EClass<D> cb = classes.get(rb);
        if (ca.parents.size() < cb.parents.size()) {
            EClass<D> t = ca;
            ca = cb;
            cb = t;
            int ti = ra;
            ra = rb;
            rb = ti;
        }
        uf.union(ra, rb);
        classes.remove(rb);
        clean = false;
        opIndex = null;
        pending.add(ra);
        D before = ca.data;
        D merged = analysis.merge(ca.data, cb.data);
        if (!java.util.Objects.equals(merged, before)) {
            analysisPending.addAll(ca.parents);
        }
        if (!java.util.Objects.equals(merged, cb.data)) {
            analysisPending.addAll(cb.parents);
        }
        ca.data = merged;
        ca.nodes.addAll(cb.nodes);
        ca.parents.addAll(cb.parents);
        analysis.modify(this, ra);
        return true;
    }

    /** Restores congruence closure and the analysis after unions (egg's rebuild). */
    public void rebuild() {
        while (!pending.isEmpty() || !analysisPending.isEmpty()) {
            while (!pending.isEmpty()) {
                List<Integer> todo = new ArrayList<>(pending);
                pending.clear();
                for (int id : todo) {
                    repair(uf.find(id));
                }
            }
            while (!analysisPending.isEmpty()) {
                EClass.Parent p = analysisPending.poll();
                int cid = uf.find(p.eclass());
                EClass<D> c = classes.get(cid);
                D updated = analysis.merge(c.data, analysis.make(this, p.node().canonical(uf)));
                if (!java.util.Objects.equals(updated, c.data)) {
                    c.data = updated;
                    analysisPending.addAll(c.parents);
                    analysis.modify(this, cid);
                }
            }
        }
        nodeCount = 0;
        for (EClass<D> c : classes.values()) {
            List<ENode> canon =
                    new ArrayList<>(new java.util.LinkedHashSet<>(canonicalAll(c.nodes)));
            c.nodes.clear();
            c.nodes.addAll(canon);
            nodeCount += canon.size();
        }
        clean = true;
    }

    private List<ENode> canonicalAll(List<ENode> ns) {
        List<ENode> out = new ArrayList<>(ns.size());
        for (ENode n : ns) {
            out.add(n.canonical(uf));
        }
        return out;
    }

    private void repair(int id) {
        EClass<D> c = classes.get(id);
        List<EClass.Parent> original = new ArrayList<>(c.parents);
        int before = c.parents.size();
        for (EClass.Parent p : original) {
            memo.remove(p.node());
            memo.put(p.node().canonical(uf), uf.find(p.eclass()));
        }
        Map<ENode, Integer> fresh = new LinkedHashMap<>();
        for (EClass.Parent p : original) {
            ENode n = p.node().canonical(uf);
            Integer other = fresh.get(n);
            if (other != null) {
                union(other, p.eclass());
            }
            fresh.put(n, uf.find(p.eclass()));
        }
        List<EClass.Parent> ps = new ArrayList<>(fresh.size());
        fresh.forEach((n, cls) -> ps.add(new EClass.Parent(n, cls)));
        EClass<D> now = classes.get(uf.find(id));
        if (now == c) {
            ps.addAll(c.parents.subList(before, c.parents.size())); // added by unions above
            c.parents = ps;
        } else {
            now.parents.addAll(ps); // c was merged away meanwhile
        }
    }

    /** True when no union is waiting for {@link #rebuild()}. */
    public boolean isClean() {
        return clean;
    }

    /**
     * The class with id {@code id} (any member id works).
     *
     * @throws IllegalArgumentException if there is no such class
     */
    public EClass<D> eclass(int id) {
        if (id < 0 || id >= uf.size()) {
            throw new IllegalArgumentException("No e-class " + id + " in this e-graph");
        }
        return classes.get(uf.find(id));
    }

    /** Every class, in creation order. */
    public Collection<EClass<D>> classes() {
        return java.util.Collections.unmodifiableCollection(classes.values());
    }

    /** The classes holding at least one node with head {@code op} (for searching). */
    public List<EClass<D>> classesWithOp(Op op) {
        if (opIndex == null) {
            Map<Op, List<EClass<D>>> idx = new HashMap<>();
            for (EClass<D> c : classes.values()) {
                Op last = null;
                for (ENode n : c.nodes) {
                    if (n.op() != last) {
                        List<EClass<D>> l = idx.computeIfAbsent(n.op(), k -> new ArrayList<>());
                        if (l.isEmpty() || l.get(l.size() - 1) != c) {
                            l.add(c);
                        }
                        last = n.op();
                    }
                }
            }
            opIndex = idx;
        }
        return opIndex.getOrDefault(op, List.of());
    }

    /** The number of classes. */
    public int classCount() {
        return classes.size();
    }

    /** The number of e-nodes (exact after a rebuild; an upper bound between). */
    public int nodeCount() {
        return nodeCount;
    }

    /** True when {@code a} and {@code b} are in one class. */
    public boolean equivalent(int a, int b) {
        return uf.find(a) == uf.find(b);
    }

    /** The expression of node {@code n} given the expressions of its children. */
    static Expr build(ENode n, List<Expr> kids) {
        if (n.isLeaf()) {
            return n.leaf();
        }
        Op op = n.op();
        switch (op.kind()) {
            case ADD:
                return Add.of(kids.get(0), kids.get(1));
            case MUL:
                return Mul.of(kids.get(0), kids.get(1));
            case POW:
                return Pow.of(kids.get(0), kids.get(1));
            default:
                return Call.of(op, kids);
        }
    }

    /** A summary such as {@code EGraph[12 classes, 20 nodes]}. */
    @Override
    public String toString() {
        return "EGraph[" + classCount() + " classes, " + nodeCount + " nodes]";
    }
}
