package org.paramlab.symbolic.sem;

import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A mixed graph on vertices 0 … n−1: directed edges i → j (a coefficient λᵢⱼ of the linear
 * structural equation model X = ΛᵀX + ε) and bidirected edges i ↔ j (a covariance ωᵢⱼ of the errors
 * ε; every vertex also has a variance ωᵢᵢ). Directed cycles are allowed. The graph is <i>simple</i>
 * when every pair of vertices has at most one edge, counting i → j, j → i and i ↔ j (Adhikari,
 * Gross, Härkönen and Tsigaridas, "One-connection rule for structural equation models",
 * arXiv:2210.00239).
 *
 * @param n the number of vertices, ≥ 1
 * @param directed the directed edges
 * @param bidirected the bidirected edges, each with {@code from < to}
 */
public record MixedGraph(int n, List<Edge> directed, List<Edge> bidirected) {
    /**
     * An edge between two vertices.
     *
     * @param from the tail (the smaller vertex of a bidirected edge)
     * @param to the head
     */
    public record Edge(int from, int to) {}

    /**
     * Validates the edges.
     *
     * @throws IllegalArgumentException for a vertex out of range, a loop, a repeated edge or a
     *     bidirected edge not written small → large
     */
    public MixedGraph {
        if (n < 1) {
            throw new IllegalArgumentException("A graph needs n ≥ 1 vertices, found " + n);
        }
        directed = List.copyOf(directed);
        bidirected = List.copyOf(bidirected);
        Set<Edge> seen = new LinkedHashSet<>();
        for (Edge e : directed) {
            check(e, n);
            if (!seen.add(e)) {
                throw new IllegalArgumentException(
                        "The edge " + e.from() + "->" + e.to() + " is listed twice");
            }
        }
        seen.clear();
        for (Edge e : bidirected) {
            check(e, n);
            if (e.from() > e.to()) {
                throw new IllegalArgumentException(
                        "Write bidirected edges small <-> large, found "
                                + e.from()
                                + "<->"
                                + e.to());
            }
            if (!seen.add(e)) {
                throw new IllegalArgumentException(
                        "The edge " + e.from() + "<->" + e.to() + " is listed twice");
            }
        }
    }

    private static void check(Edge e, int n) {
        if (e.from() < 0 || e.from() >= n || e.to() < 0 || e.to() >= n || e.from() == e.to()) {
            throw new IllegalArgumentException(
                    "Edge "
                            + e.from()
                            + "-"
                            + e.to()
                            + " is a loop or leaves the vertices 0.."
                            + (n - 1));
        }
    }

    /**
     * A graph from text such as {@code "0->1 1->2 2->0 0<->2"} (edges separated by spaces or
     * commas).
     *
     * @throws IllegalArgumentException if an edge cannot be read
     */
    public static MixedGraph parse(int n, String edges) {
        List<Edge> d = new ArrayList<>();
        List<Edge> b = new ArrayList<>();
        for (String tok : edges.trim().split("[\\s,]+")) {
            if (tok.isEmpty()) {
                continue;
            }
            if (tok.contains("<->")) {
                String[] p = tok.split("<->");
                int x = Integer.parseInt(p[0]);
                int y = Integer.parseInt(p[1]);
                b.add(new Edge(Math.min(x, y), Math.max(x, y)));
            } else if (tok.contains("->")) {
                String[] p = tok.split("->");
                d.add(new Edge(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            } else {
                throw new IllegalArgumentException("Expected i->j or i<->j, found '" + tok + "'");
            }
        }
        return new MixedGraph(n, d, b);
    }

    /** The directed cycle 0 → 1 → … → n−1 → 0. */
    public static MixedGraph cycle(int n) {
        List<Edge> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(new Edge(i, (i + 1) % n));
        }
        return new MixedGraph(n, d, List.of());
    }

    /** The directed chain 0 → 1 → … → n−1. */
    public static MixedGraph chain(int n) {
        List<Edge> d = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            d.add(new Edge(i, i + 1));
        }
        return new MixedGraph(n, d, List.of());
    }

    /**
     * A random graph on 2 … maxN vertices: each ordered pair gets a directed edge with probability
     * pDirected, each unordered pair a bidirected edge with probability pBidirected.
     */
    public static MixedGraph random(int maxN, double pDirected, double pBidirected, Random rng) {
        int n = 2 + rng.nextInt(Math.max(1, maxN - 1));
        List<Edge> d = new ArrayList<>();
        List<Edge> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && rng.nextDouble() < pDirected) {
                    d.add(new Edge(i, j));
                }
                if (i < j && rng.nextDouble() < pBidirected) {
                    b.add(new Edge(i, j));
                }
            }
        }
        return new MixedGraph(n, d, b);
    }

    /** True when each pair of vertices has at most one edge of any kind. */
    public boolean isSimple() {
        Set<Edge> pairs = new LinkedHashSet<>();
        for (Edge e : directed) {
            if (!pairs.add(new Edge(Math.min(e.from(), e.to()), Math.max(e.from(), e.to())))) {
                return false;
            }
        }
        for (Edge e : bidirected) {
            if (!pairs.add(e)) {
                return false;
            }
        }
        return true;
    }

    /** The number of parameters: directed edges, variances and bidirected edges. */
    public int parameterCount() {
        return directed.size() + n + bidirected.size();
    }

    /** The symbol λᵢⱼ of the directed edge i → j, named {@code l<i>_<j>}. */
    public static Sym lambda(int i, int j) {
        return Sym.of("l" + i + "_" + j);
    }

    /** The symbol ωᵢⱼ (i ≤ j), named {@code w<i>_<j>}. */
    public static Sym omega(int i, int j) {
        return Sym.of("w" + Math.min(i, j) + "_" + Math.max(i, j));
    }

    /** The parameters: λ of each directed edge, then ωᵢᵢ, then ω of each bidirected edge. */
    public List<Sym> parameters() {
        List<Sym> out = new ArrayList<>();
        for (Edge e : directed) {
            out.add(lambda(e.from(), e.to()));
        }
        for (int i = 0; i < n; i++) {
            out.add(omega(i, i));
        }
        for (Edge e : bidirected) {
            out.add(omega(e.from(), e.to()));
        }
        return out;
    }

    /** True when i → j is an edge. */
    public boolean hasDirected(int i, int j) {
        return directed.contains(new Edge(i, j));
    }

    /** True when i ↔ j (i ≠ j) is an edge, or i = j (every vertex has a variance). */
    public boolean hasOmega(int i, int j) {
        return i == j || bidirected.contains(new Edge(Math.min(i, j), Math.max(i, j)));
    }

    /** The edges as text, e.g. {@code 0->1 1->2 0<->2}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Edge e : directed) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.from()).append("->").append(e.to());
        }
        for (Edge e : bidirected) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.from()).append("<->").append(e.to());
        }
        return sb.toString();
    }
}
