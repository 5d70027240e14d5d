package org.paramlab.symbolic.sem;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The checks of paper 09's notebook: the one-connection formula against exact inversion on random
 * graphs, generic Jacobian ranks of named graphs, and invariant counts by degree.
 */
public final class SemStudy {
    private SemStudy() {}

    /**
     * The generic rank of one graph.
     *
     * @param name the graph's name
     * @param graph the graph
     * @param rank the exact generic rank of ∂Σ/∂θ
     */
    public record Rank(String name, MixedGraph graph, int rank) {
        /** True when the rank equals the number of parameters. */
        public boolean fullRank() {
            return rank == graph.parameterCount();
        }
    }

    /**
     * The invariants of one degree of one graph.
     *
     * @param name the graph's name
     * @param degree d
     * @param count the dimension of the degree-d invariants
     * @param verified how many basis invariants were checked to vanish identically
     */
    public record Invariants(String name, int degree, int count, int verified) {}

    /**
     * How many random graphs the formula matched.
     *
     * @param graphs graphs tried
     * @param agreeing graphs on which formula and inversion agreed exactly at every point
     * @param cyclic how many of the graphs had a directed cycle
     */
    public record Agreement(int graphs, int agreeing, int cyclic) {}

    /** The graphs of the paper's examples as the notebook names them. */
    public static Map<String, MixedGraph> paperGraphs() {
        Map<String, MixedGraph> m = new LinkedHashMap<>();
        m.put("3-cycle", MixedGraph.cycle(3));
        m.put("4-cycle", MixedGraph.cycle(4));
        m.put("4-cycle + 0<->2", MixedGraph.parse(4, "0->1 1->2 2->3 3->0 0<->2"));
        m.put("4-cycle + two chords", MixedGraph.parse(4, "0->1 1->2 2->3 3->0 0->2 1->3"));
        m.put("5-cycle + 3 chords", MixedGraph.parse(5, "0->1 1->2 2->3 3->4 4->0 0->2 1->3 2->4"));
        m.put("2-cycle", MixedGraph.parse(2, "0->1 1->0"));
        m.put("bow", MixedGraph.parse(2, "0->1 0<->1"));
        m.put("chain 0->1->2->3", MixedGraph.chain(4));
        return m;
    }

    /** Formula vs exact inversion at two random integer points per graph, on random graphs. */
    public static Agreement formulaAgreement(int graphs, int maxN, long seed) {
        Random rng = new Random(seed);
        int agree = 0;
        int cyclic = 0;
        for (int k = 0; k < graphs; k++) {
            MixedGraph g = MixedGraph.random(maxN, 0.3, 0.2, rng);
            cyclic += OneConnection.cycles(g).isEmpty() ? 0 : 1;
            agree += new StructuralEquationModel(g).formulaMatchesInversion(rng, 2) ? 1 : 0;
        }
        return new Agreement(graphs, agree, cyclic);
    }

    /** The exact generic ranks (best of two random points each). */
    public static List<Rank> ranks(Map<String, MixedGraph> graphs, long seed) {
        Random rng = new Random(seed);
        List<Rank> out = new ArrayList<>();
        graphs.forEach(
                (name, g) ->
                        out.add(
                                new Rank(
                                        name,
                                        g,
                                        new StructuralEquationModel(g).jacobianRank(rng, 2))));
        return out;
    }

    /** Invariant counts of degrees 2 … maxDegree, each basis checked exactly. */
    public static List<Invariants> invariants(
            Map<String, MixedGraph> graphs, int maxDegree, long seed) {
        Random rng = new Random(seed);
        List<Invariants> out = new ArrayList<>();
        graphs.forEach(
                (name, g) -> {
                    StructuralEquationModel m = new StructuralEquationModel(g);
                    for (int d = 2; d <= maxDegree; d++) {
                        List<Implicitization.Invariant> inv = Implicitization.invariants(m, d, rng);
                        int ok =
                                (int)
                                        inv.stream()
                                                .filter(Implicitization.Invariant::verified)
                                                .count();
                        out.add(new Invariants(name, d, inv.size(), ok));
                    }
                });
        return out;
    }

    /** The ranks as a table. */
    public static Table rankTable(List<Rank> ranks) {
        StringColumn name = StringColumn.create("graph");
        StringColumn edges = StringColumn.create("edges");
        BooleanColumn simple = BooleanColumn.create("simple");
        IntColumn params = IntColumn.create("parameters");
        IntColumn rank = IntColumn.create("Jacobian rank");
        BooleanColumn full = BooleanColumn.create("full rank");
        for (Rank r : ranks) {
            name.append(r.name());
            edges.append(r.graph().toString());
            simple.append(r.graph().isSimple());
            params.append(r.graph().parameterCount());
            rank.append(r.rank());
            full.append(r.fullRank());
        }
        return Table.create("Generic rank of θ ↦ Σ(θ) (exact, random integer points)")
                .addColumns(name, edges, simple, params, rank, full);
    }

    /** The invariant counts as a table. */
    public static Table invariantTable(List<Invariants> rows) {
        StringColumn name = StringColumn.create("graph");
        IntColumn degree = IntColumn.create("degree");
        IntColumn count = IntColumn.create("invariants");
        IntColumn verified = IntColumn.create("verified exactly");
        for (Invariants r : rows) {
            name.append(r.name());
            degree.append(r.degree());
            count.append(r.count());
            verified.append(r.verified());
        }
        return Table.create("Vanishing-ideal polynomials by degree")
                .addColumns(name, degree, count, verified);
    }

    /** The count for a graph and degree. */
    public static int count(List<Invariants> rows, String name, int degree) {
        return rows.stream()
                .filter(r -> r.name().equals(name) && r.degree() == degree)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "No count for " + name + " at degree " + degree))
                .count();
    }
}
