package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Rational;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic algorithms written once against {@link TermRepresentation}, so the same code runs on
 * plain trees and on canonical Add/Mul terms: expansion, like-term collection, differentiation and
 * conversion. Nothing here knows the representation; what differs is what {@code make}, {@code
 * equals} and {@code hashCode} cost (a hash-consed term compares in O(1), a tree in O(size)).
 */
public final class GenericTerms {
    private GenericTerms() {}

    /** Products and integer powers of sums multiplied out, like terms collected. */
    public static <T> T expand(TermRepresentation<T> r, T e) {
        Op op = r.op(e);
        switch (op.kind()) {
            case NUMBER:
            case SYMBOL:
                return e;
            case ADD:
                return collect(r, r.make(Op.ADD, map(r, r.args(e))));
            case MUL:
                {
                    T acc = r.number(Rational.ONE);
                    for (T a : r.args(e)) {
                        acc = collect(r, multiply(r, acc, expand(r, a)));
                    }
                    return acc;
                }
            case POW:
                {
                    T base = expand(r, r.args(e).get(0));
                    T exp = r.args(e).get(1);
                    if (r.op(exp) == Op.NUMBER
                            && r.value(exp).isSmallInteger()
                            && r.value(exp).signum() > 0) {
                        int n = r.value(exp).intValueExact();
                        T acc = base;
                        for (int i = 1; i < n; i++) {
                            acc = collect(r, multiply(r, acc, base));
                        }
                        return acc;
                    }
                    return r.make(Op.POW, List.of(base, exp));
                }
            default:
                return r.make(op, map(r, r.args(e)));
        }
    }

    private static <T> List<T> map(TermRepresentation<T> r, List<T> args) {
        List<T> out = new ArrayList<>(args.size());
        for (T a : args) {
            out.add(expand(r, a));
        }
        return out;
    }

    /** a·b with both sums distributed, terms not yet collected. */
    public static <T> T multiply(TermRepresentation<T> r, T a, T b) {
        List<T> ta = summands(r, a);
        List<T> tb = summands(r, b);
        List<T> out = new ArrayList<>(ta.size() * tb.size());
        for (T x : ta) {
            for (T y : tb) {
                out.add(r.make(Op.MUL, List.of(x, y)));
            }
        }
        return r.make(Op.ADD, out);
    }

    /** The summands of a (nested) sum; a non-sum is its own single summand. */
    public static <T> List<T> summands(TermRepresentation<T> r, T e) {
        List<T> out = new ArrayList<>();
        flatten(r, e, Op.ADD, out);
        return out;
    }

    private static <T> void flatten(TermRepresentation<T> r, T e, Op head, List<T> out) {
        if (r.op(e) == head) {
            for (T a : r.args(e)) {
                flatten(r, a, head, out);
            }
        } else {
            out.add(e);
        }
    }

    /**
     * Like terms combined: each summand is split into a rational coefficient and a normalised
     * monomial (factors flattened, powers of equal bases added, factors sorted), monomials are
     * grouped in a hash map, and the sum is rebuilt in sorted order. A representation that {@link
     * TermRepresentation#collectsOnConstruction() collects on construction} is returned as it is.
     */
    public static <T> T collect(TermRepresentation<T> r, T e) {
        if (r.collectsOnConstruction()) {
            return e;
        }
        Map<T, Rational> coeff = new LinkedHashMap<>();
        for (T s : summands(r, e)) {
            Monomial<T> m = monomial(r, s);
            coeff.merge(m.key, m.coefficient, Rational::add);
        }
        List<T> keys = new ArrayList<>();
        for (Map.Entry<T, Rational> en : coeff.entrySet()) {
            if (!en.getValue().isZero()) {
                keys.add(en.getKey());
            }
        }
        keys.sort(order(r));
        List<T> out = new ArrayList<>(keys.size());
        for (T k : keys) {
            Rational c = coeff.get(k);
            boolean one = r.op(k) == Op.NUMBER;
            if (one) {
                out.add(r.number(c.multiply(r.value(k))));
            } else {
                out.add(c.isOne() ? k : r.make(Op.MUL, List.of(r.number(c), k)));
            }
        }
        return out.isEmpty() ? r.number(Rational.ZERO) : r.make(Op.ADD, out);
    }

    private record Monomial<T>(Rational coefficient, T key) {}

    private static <T> Monomial<T> monomial(TermRepresentation<T> r, T term) {
        List<T> factors = new ArrayList<>();
        flatten(r, term, Op.MUL, factors);
        Rational c = Rational.ONE;
        Map<T, Rational> exps = new HashMap<>();
        List<T> bases = new ArrayList<>();
        for (T f : factors) {
            if (r.op(f) == Op.NUMBER) {
                c = c.multiply(r.value(f));
                continue;
            }
            T base = f;
            Rational e = Rational.ONE;
            if (r.op(f) == Op.POW && r.op(r.args(f).get(1)) == Op.NUMBER) {
                base = r.args(f).get(0);
                e = r.value(r.args(f).get(1));
            }
            if (!exps.containsKey(base)) {
                bases.add(base);
            }
            exps.merge(base, e, Rational::add);
        }
        bases.sort(order(r));
        List<T> parts = new ArrayList<>(bases.size());
        for (T b : bases) {
            Rational e = exps.get(b);
            if (e.isZero()) {
                continue;
            }
            parts.add(e.isOne() ? b : r.make(Op.POW, List.of(b, r.number(e))));
        }
        T key = parts.isEmpty() ? r.number(Rational.ONE) : r.make(Op.MUL, parts);
        return new Monomial<>(c, key);
    }

    /**
     * ∂e/∂x by the sum, product, power and chain rules (sin, cos, exp, log), with like terms of
     * every sum collected.
     */
    public static <T> T diff(TermRepresentation<T> r, T e, String x) {
        Op op = r.op(e);
        switch (op.kind()) {
            case NUMBER:
                return r.number(Rational.ZERO);
            case SYMBOL:
                return r.number(r.name(e).equals(x) ? Rational.ONE : Rational.ZERO);
            case ADD:
                {
                    List<T> out = new ArrayList<>();
                    for (T a : r.args(e)) {
                        out.add(diff(r, a, x));
                    }
                    return collect(r, r.make(Op.ADD, out));
                }
            case MUL:
                {
                    List<T> args = r.args(e);
                    List<T> out = new ArrayList<>();
                    for (int i = 0; i < args.size(); i++) {
                        T d = diff(r, args.get(i), x);
                        if (r.op(d) == Op.NUMBER && r.value(d).isZero()) {
                            continue;
                        }
                        List<T> f = new ArrayList<>(args);
                        f.set(i, d);
                        out.add(r.make(Op.MUL, f));
                    }
                    return collect(r, r.make(Op.ADD, out));
                }
            case POW:
                {
                    T b = r.args(e).get(0);
                    T n = r.args(e).get(1);
                    if (r.op(n) != Op.NUMBER) {
                        throw new IllegalArgumentException(
                                "Symbolic exponents are not supported: " + e);
                    }
                    T db = diff(r, b, x);
                    T lower =
                            r.make(Op.POW, List.of(b, r.number(r.value(n).subtract(Rational.ONE))));
                    return collect(r, r.make(Op.MUL, List.of(n, lower, db)));
                }
            default:
                {
                    T a = r.args(e).get(0);
                    T da = diff(r, a, x);
                    T outer;
                    if (op == Op.SIN) {
                        outer = r.make(Op.COS, List.of(a));
                    } else if (op == Op.COS) {
                        outer =
                                r.make(
                                        Op.MUL,
                                        List.of(
                                                r.number(Rational.MINUS_ONE),
                                                r.make(Op.SIN, List.of(a))));
                    } else if (op == Op.EXP) {
                        outer = e;
                    } else if (op == Op.LOG) {
                        outer = r.make(Op.POW, List.of(a, r.number(Rational.MINUS_ONE)));
                    } else {
                        throw new IllegalArgumentException("No generic derivative for " + op);
                    }
                    return collect(r, r.make(Op.MUL, List.of(outer, da)));
                }
        }
    }

    /** The total order used to sort terms: head, then value or name, then arguments. */
    public static <T> Comparator<T> order(TermRepresentation<T> r) {
        return new Comparator<T>() {
            @Override
            public int compare(T a, T b) {
                if (a == b) {
                    return 0;
                }
                Op oa = r.op(a);
                Op ob = r.op(b);
                if (oa != ob) {
                    int c = Integer.compare(oa.kind().ordinal(), ob.kind().ordinal());
                    return c != 0 ? c : oa.name().compareTo(ob.name());
                }
                if (oa == Op.NUMBER) {
                    return r.value(a).compareTo(r.value(b));
                }
                if (oa == Op.SYMBOL) {
                    return r.name(a).compareTo(r.name(b));
                }
                List<T> xa = r.args(a);
                List<T> xb = r.args(b);
                for (int i = 0; i < Math.min(xa.size(), xb.size()); i++) {
                    int c = compare(xa.get(i), xb.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(xa.size(), xb.size());
            }
        };
    }

    /** The term in another representation, rebuilt with {@code to.make}. */
    public static <S, T> T convert(TermRepresentation<S> from, S e, TermRepresentation<T> to) {
        Op op = from.op(e);
        switch (op.kind()) {
            case NUMBER:
                return to.number(from.value(e));
            case SYMBOL:
                return to.symbol(from.name(e));
            default:
                {
                    List<T> args = new ArrayList<>();
                    for (S a : from.args(e)) {
                        args.add(convert(from, a, to));
                    }
                    return to.make(op, args);
                }
        }
    }

    /** The term as a canonical {@link Expr}. */
    public static <T> Expr toExpr(TermRepresentation<T> r, T e) {
        return convert(r, e, CanonicalTerms.INSTANCE);
    }
}
