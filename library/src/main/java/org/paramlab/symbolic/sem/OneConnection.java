package org.paramlab.symbolic.sem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The covariance matrix of a (possibly cyclic) linear structural equation model as a sum over
 * connections in its mixed graph. With A = I − Λ,
 *
 * <pre>
 *   det(A)² · σᵢⱼ = Σ_{k,l : ωₖₗ ≠ 0} ωₖₗ · a(k → i) · a(l → j),
 *   a(k → i) = Σ_{simple directed paths P from k to i} λ^P · det(I − Λ restricted to V ∖ V(P)),
 *   det(I − Λ_S) = Σ_{sets of vertex-disjoint directed cycles in S} Π (−λ^C),
 * </pre>
 *
 * so each term is a <i>one-connection</i>: two directed paths into i and j joined at their tops by
 * one vertex (k = l) or one bidirected edge, weighted by the cycles they leave free. For acyclic
 * graphs det = 1 and this is the trek rule. This is the closed form of Adhikari, Gross, Härkönen
 * and Tsigaridas ("One-connection rule for structural equation models", arXiv:2210.00239) as we
 * derived it here from Cramer's rule and the path–cycle expansion of the adjugate (Mason's gain
 * formula): the paper's own statement could not be read here, so this is our transcription, and
 * {@link StructuralEquationModel} checks it against exact inversion.
 *
 * <p>The sums are evaluated in any commutative ring given as a {@link Ring}: exact rationals at a
 * point, or polynomials in the parameters.
 */
public final class OneConnection {
    /**
     * A commutative ring and the values of the model's parameters in it.
     *
     * @param zero 0
     * @param one 1
     * @param add addition
     * @param multiply multiplication
     * @param negate negation
     * @param lambda λᵢⱼ as {@code lambda.apply(i, j)} for an edge i → j
     * @param omega ωₖₗ for k = l or an edge k ↔ l
     * @param <V> the element type
     */
    public record Ring<V>(
            V zero,
            V one,
            BinaryOperator<V> add,
            BinaryOperator<V> multiply,
            UnaryOperator<V> negate,
            java.util.function.BiFunction<Integer, Integer, V> lambda,
            java.util.function.BiFunction<Integer, Integer, V> omega) {}

    private record Cycle(int mask, List<Integer> vertices) {}

    private OneConnection() {}

    /** det(A)²·Σ as an n × n array (row-major list of rows). */
    public static <V> List<List<V>> numerator(MixedGraph g, Ring<V> r) {
        int n = g.n();
        List<Cycle> cycles = cycles(g);
        Map<Integer, V> detMemo = new HashMap<>();
        // a[k][i] = Σ_{paths k→i} λ^P det(V ∖ P)
        List<List<V>> a = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<V> row = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                row.add(pathSum(g, r, k, i, cycles, detMemo));
            }
            a.add(row);
        }
        List<List<V>> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<V> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                V sum = r.zero();
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        if (g.hasOmega(k, l)) {
                            V term = r.multiply().apply(r.omega().apply(k, l), a.get(k).get(i));
                            sum = r.add().apply(sum, r.multiply().apply(term, a.get(l).get(j)));
                        }
                    }
                }
                row.add(sum);
            }
            s.add(row);
        }
        return s;
    }

    /** det(I − Λ) by disjoint cycle collections. */
    public static <V> V determinant(MixedGraph g, Ring<V> r) {
        return complementDeterminant((1 << g.n()) - 1, r, g, cycles(g), new HashMap<>());
    }

    private static <V> V pathSum(
            MixedGraph g, Ring<V> r, int from, int to, List<Cycle> cycles, Map<Integer, V> memo) {
        int all = (1 << g.n()) - 1;
        List<V> acc = new ArrayList<>();
        acc.add(r.zero());
        walk(g, r, from, to, 1 << from, r.one(), all, cycles, memo, acc);
        return acc.get(0);
    }

    private static <V> void walk(
            MixedGraph g,
            Ring<V> r,
            int at,
            int to,
            int used,
            V weight,
            int all,
            List<Cycle> cycles,
            Map<Integer, V> memo,
            List<V> acc) {
        if (at == to) {
            V det = complementDeterminant(all & ~used, r, g, cycles, memo);
            acc.set(0, r.add().apply(acc.get(0), r.multiply().apply(weight, det)));
            return;
        }
        for (MixedGraph.Edge e : g.directed()) {
            if (e.from() == at && (used & (1 << e.to())) == 0) {
                walk(
                        g,
                        r,
                        e.to(),
                        to,
                        used | (1 << e.to()),
                        r.multiply().apply(weight, r.lambda().apply(e.from(), e.to())),
                        all,
                        cycles,
                        memo,
                        acc);
            }
        }
    }

    /** det(I − Λ_S) for the vertex set {@code mask}: vertex v either on no cycle or on one. */
    private static <V> V complementDeterminant(
            int mask, Ring<V> r, MixedGraph g, List<Cycle> cycles, Map<Integer, V> memo) {
        if (mask == 0) {
            return r.one();
        }
        V done = memo.get(mask);
        if (done != null) {
            return done;
        }
        int v = Integer.numberOfTrailingZeros(mask);
        V sum = complementDeterminant(mask & ~(1 << v), r, g, cycles, memo);
        for (Cycle c : cycles) {
            if ((c.mask() & (1 << v)) != 0 && (c.mask() & ~mask) == 0) {
                V w = r.one();
                List<Integer> vs = c.vertices();
                for (int i = 0; i < vs.size(); i++) {
                    w =
                            r.multiply()
                                    .apply(
                                            w,
                                            r.lambda()
                                                    .apply(vs.get(i), vs.get((i + 1) % vs.size())));
                }
                V rest = complementDeterminant(mask & ~c.mask(), r, g, cycles, memo);
                sum = r.add().apply(sum, r.negate().apply(r.multiply().apply(w, rest)));
            }
        }
        memo.put(mask, sum);
        return sum;
    }

    /** The simple directed cycles, each listed once from its smallest vertex. */
    static List<Cycle> cycles(MixedGraph g) {
        List<Cycle> out = new ArrayList<>();
        for (int s = 0; s < g.n(); s++) {
            List<Integer> path = new ArrayList<>();
            path.add(s);
            extend(g, s, s, 1 << s, path, out);
        }
        return out;
    }

    private static void extend(
            MixedGraph g, int start, int at, int used, List<Integer> path, List<Cycle> out) {
        for (MixedGraph.Edge e : g.directed()) {
            if (e.from() != at) {
                continue;
            }
            if (e.to() == start) {
                out.add(new Cycle(used, List.copyOf(path)));
            } else if (e.to() > start && (used & (1 << e.to())) == 0) {
                path.add(e.to());
                extend(g, start, e.to(), used | (1 << e.to()), path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
