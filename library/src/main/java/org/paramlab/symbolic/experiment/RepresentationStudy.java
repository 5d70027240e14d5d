package org.paramlab.symbolic.experiment;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Paper 14's first experiment: the same generic algorithms ({@link GenericTerms}) on naive trees
 * and on canonical Add/Mul terms, timed on three workloads: W1 expands (x + y + z + 1)^n by
 * repeated multiplication and collection, W2 collects like terms among random monomials, W3 builds
 * the Jacobian of the 20-species mass-action network of {@link MassActionNetwork#reference()}. Both
 * representations must give the same canonical result, equal to SymPy's at its random points.
 *
 * <p>Canonical timings are for a session that keeps its expressions: after the warm-up run the
 * result's nodes are already in the intern table (ParamLab's {@code ExpandBenchmark} "shared"
 * case).
 */
public final class RepresentationStudy {
    private RepresentationStudy() {}

    /** Runs the three workloads. */
    public static RepresentationStudyResult run(RepresentationStudyConfig c) {
        List<RepresentationStudyResult.Row> rows = new ArrayList<>();
        boolean identical = true;
        double maxErr = 0;
        JsonObject ref = MassActionNetwork.SymPyReference.load();
        JsonObject w1 = ref.getAsJsonObject("w1");
        for (int n : c.powers()) {
            MedianTiming<TreeTerm> tree =
                    MedianTiming.of(() -> expandPower(TreeTerms.INSTANCE, n), c.repeats());
            MedianTiming<Expr> canon =
                    MedianTiming.of(() -> expandPower(CanonicalTerms.INSTANCE, n), c.repeats());
            identical &= GenericTerms.toExpr(TreeTerms.INSTANCE, tree.result()) == canon.result();
            JsonObject sym = w1.getAsJsonObject("powers").getAsJsonObject(Integer.toString(n));
            if (sym != null) {
                maxErr =
                        Math.max(
                                maxErr,
                                w1Error(
                                        canon.result(),
                                        w1.getAsJsonArray("points"),
                                        sym.getAsJsonArray("values")));
            }
            rows.add(
                    new RepresentationStudyResult.Row(
                            "W1",
                            n,
                            canon.result().arity(),
                            tree.medianMillis(),
                            canon.medianMillis()));
        }
        MedianTiming<TreeTerm> tree2 =
                MedianTiming.of(
                        () -> collectMonomials(TreeTerms.INSTANCE, c.monomials(), c.seed()),
                        c.repeats());
        MedianTiming<Expr> canon2 =
                MedianTiming.of(
                        () -> collectMonomials(CanonicalTerms.INSTANCE, c.monomials(), c.seed()),
                        c.repeats());
        identical &= GenericTerms.toExpr(TreeTerms.INSTANCE, tree2.result()) == canon2.result();
        rows.add(
                new RepresentationStudyResult.Row(
                        "W2",
                        c.monomials(),
                        canon2.result().arity(),
                        tree2.medianMillis(),
                        canon2.medianMillis()));
        MassActionNetwork net = MassActionNetwork.reference();
        MedianTiming<List<TreeTerm>> tree3 =
                MedianTiming.of(() -> jacobian(TreeTerms.INSTANCE, net), c.repeats());
        MedianTiming<List<Expr>> canon3 =
                MedianTiming.of(() -> jacobian(CanonicalTerms.INSTANCE, net), c.repeats());
        int nonZeros = 0;
        for (int i = 0; i < canon3.result().size(); i++) {
            identical &=
                    GenericTerms.toExpr(TreeTerms.INSTANCE, tree3.result().get(i))
                            == canon3.result().get(i);
            nonZeros += canon3.result().get(i).isZero() ? 0 : 1;
        }
        maxErr = Math.max(maxErr, w3Error(net, canon3.result(), ref.getAsJsonObject("w3")));
        rows.add(
                new RepresentationStudyResult.Row(
                        "W3",
                        net.species(),
                        nonZeros,
                        tree3.medianMillis(),
                        canon3.medianMillis()));
        return new RepresentationStudyResult(rows, identical, maxErr);
    }

    /** W1: expand((x + y + z + 1)^n). */
    public static <T> T expandPower(TermRepresentation<T> r, int n) {
        T sum =
                r.make(
                        Op.ADD,
                        List.of(
                                r.symbol("x"),
                                r.symbol("y"),
                                r.symbol("z"),
                                r.number(Rational.ONE)));
        return GenericTerms.expand(r, r.make(Op.POW, List.of(sum, r.number(Rational.of(n)))));
    }

    /** W2: the sum of {@code count} random monomials c·x^a·y^b·z^c, like terms collected. */
    public static <T> T collectMonomials(TermRepresentation<T> r, int count, long seed) {
        Random rng = new Random(seed);
        List<T> terms = new ArrayList<>(count);
        String[] vars = {"x", "y", "z"};
        for (int i = 0; i < count; i++) {
            List<T> f = new ArrayList<>();
            int coeff = rng.nextInt(10) - 5;
            f.add(r.number(Rational.of(coeff == 0 ? 7 : coeff)));
            for (String v : vars) {
                int e = rng.nextInt(4);
                if (e == 1) {
                    f.add(r.symbol(v));
                } else if (e > 1) {
                    f.add(r.make(Op.POW, List.of(r.symbol(v), r.number(Rational.of(e)))));
                }
            }
            terms.add(r.make(Op.MUL, f));
        }
        return GenericTerms.collect(r, r.make(Op.ADD, terms));
    }

    /** W3: the network's Jacobian, row-major, by the generic differentiator. */
    public static <T> List<T> jacobian(TermRepresentation<T> r, MassActionNetwork net) {
        List<T> rhs = net.rhs(r);
        List<T> out = new ArrayList<>(rhs.size() * net.species());
        for (T f : rhs) {
            for (int j = 0; j < net.species(); j++) {
                out.add(GenericTerms.diff(r, f, "x" + j));
            }
        }
        return out;
    }

    private static double w1Error(Expr e, JsonArray points, JsonArray values) {
        double max = 0;
        List<Sym> xyz = Sym.list("x", "y", "z");
        for (int p = 0; p < points.size(); p++) {
            JsonArray pt = points.get(p).getAsJsonArray();
            Map<Sym, Double> at = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                at.put(xyz.get(i), pt.get(i).getAsDouble());
            }
            max = Math.max(max, relative(e.eval(at), values.get(p).getAsDouble()));
        }
        return max;
    }

    private static double w3Error(MassActionNetwork net, List<Expr> jac, JsonObject w3) {
        int n = net.species();
        List<Sym> vars = new ArrayList<>(net.speciesSymbols());
        vars.addAll(net.rateSymbols());
        JsonArray pattern = w3.getAsJsonArray("pattern");
        double max = 0;
        for (int p = 0; p < w3.getAsJsonArray("points").size(); p++) {
            JsonArray pt = w3.getAsJsonArray("points").get(p).getAsJsonArray();
            JsonArray vals = w3.getAsJsonArray("values").get(p).getAsJsonArray();
            Map<Sym, Double> at = new HashMap<>();
            for (int i = 0; i < vars.size(); i++) {
                at.put(vars.get(i), pt.get(i).getAsDouble());
            }
            double[] want = new double[n * n];
            for (int k = 0; k < pattern.size(); k++) {
                JsonArray ij = pattern.get(k).getAsJsonArray();
                want[ij.get(0).getAsInt() * n + ij.get(1).getAsInt()] = vals.get(k).getAsDouble();
            }
            for (int q = 0; q < n * n; q++) {
                max = Math.max(max, relative(jac.get(q).eval(at), want[q]));
            }
        }
        return max;
    }

    private static double relative(double got, double want) {
        double d = Math.abs(got - want);
        return d == 0 ? 0 : d / Math.max(Math.abs(want), Math.abs(got));
    }
}
