package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A canonical sum c₀ + c₁·t₁ + … + cₙ·tₙ: a numeric constant c₀ and distinct terms tᵢ with non-zero
 * numeric coefficients cᵢ, sorted in the canonical order. A term is never a number, a sum, or a
 * product with a coefficient other than one (that coefficient moves into cᵢ), so {@code x + x}
 * becomes {@code 2*x} and nested sums flatten. A sum has at least two parts; fewer collapse to the
 * single part.
 */
public final class Add extends Expr {
    private final Num constant;
    private final Expr[] terms;
    private final Num[] coeffs;
    private List<Expr> args; // built on first use; racy but idempotent

    private Add(Num constant, Expr[] terms, Num[] coeffs) {
        super(hash(constant, terms, coeffs), size(constant, terms, coeffs));
        this.constant = constant;
        this.terms = terms;
        this.coeffs = coeffs;
    }

    private static int hash(Num c, Expr[] terms, Num[] coeffs) {
        int h = Hashing.mix(5, c.hashCode());
        for (int i = 0; i < terms.length; i++) {
            h = Hashing.mix(h, terms[i].hashCode());
            h = Hashing.mix(h, coeffs[i].hashCode());
        }
        return Hashing.finish(h);
    }

    private static long size(Num c, Expr[] terms, Num[] coeffs) {
        long s = c.isZero() ? 1 : 2;
        for (int i = 0; i < terms.length; i++) {
            s = Hashing.addSize(s, terms[i].treeSize() + (coeffs[i].isOne() ? 0 : 2));
        }
        return s;
    }

    /** a + b, canonicalised. */
    public static Expr of(Expr a, Expr b) {
        if (a.isZero()) {
            return b;
        }
        if (b.isZero()) {
            return a;
        }
        if (a instanceof Num && b instanceof Num) {
            return ((Num) a).add((Num) b);
        }
        return of(List.of(a, b));
    }

    /** The canonical sum of the summands. */
    public static Expr of(Expr... summands) {
        return of(Arrays.asList(summands));
    }

    /** The canonical sum of the summands (an empty list gives 0). */
    public static Expr of(List<? extends Expr> summands) {
        Num constant = Num.ZERO;
        Map<Expr, Num> acc = new HashMap<>();
        List<Expr> order = new ArrayList<>();
        for (Expr s : summands) {
            if (s instanceof Num) {
                constant = constant.add((Num) s);
            } else if (s instanceof Add) {
                Add a = (Add) s;
                constant = constant.add(a.constant);
                for (int i = 0; i < a.terms.length; i++) {
                    accumulate(acc, order, a.terms[i], a.coeffs[i]);
                }
            } else if (s instanceof Mul && !((Mul) s).coefficient().isOne()) {
                Mul m = (Mul) s;
                accumulate(acc, order, m.withoutCoefficient(), m.coefficient());
            } else {
                accumulate(acc, order, s, Num.ONE);
            }
        }
        return build(constant, acc, order);
    }

    private static void accumulate(Map<Expr, Num> acc, List<Expr> order, Expr term, Num c) {
        Num prev = acc.putIfAbsent(term, c);
        if (prev == null) {
            order.add(term);
        } else {
            acc.put(term, prev.add(c));
        }
    }

    /**
     * The canonical sum of {@code constant} and coefficient·term pairs, where every term already
     * satisfies the term invariant (not a number, sum or product with a coefficient).
     */
    static Expr build(Num constant, Map<Expr, Num> coeffOf, List<Expr> terms) {
        List<Expr> kept = new ArrayList<>(terms.size());
        for (Expr t : terms) {
            if (!coeffOf.get(t).isAnyZero()) {
                kept.add(t);
            }
        }
        if (constant.isAnyZero() && !constant.isExact() && !kept.isEmpty()) {
            constant = Num.ZERO; // x + 0.0 is x
        }
        if (kept.isEmpty()) {
            return constant;
        }
        Collections.sort(kept);
        if (kept.size() == 1 && constant.isZero()) {
            Expr t = kept.get(0);
            Num c = coeffOf.get(t);
            return c.isOne() ? t : Mul.of(c, t);
        }
        Expr[] ts = kept.toArray(new Expr[0]);
        Num[] cs = new Num[ts.length];
        for (int i = 0; i < ts.length; i++) {
            cs[i] = coeffOf.get(ts[i]);
        }
        return intern(new Add(constant, ts, cs));
    }

    @Override
    boolean sameNode(Expr other) {
        if (!(other instanceof Add)) {
            return false;
        }
        Add a = (Add) other;
        if (a.constant != constant || a.terms.length != terms.length) {
            return false;
        }
        for (int i = 0; i < terms.length; i++) {
            if (a.terms[i] != terms[i] || a.coeffs[i] != coeffs[i]) {
                return false;
            }
        }
        return true;
    }

    /** The numeric constant c₀ (exact 0 when absent). */
    public Num constant() {
        return constant;
    }

    /** The number of non-constant terms n. */
    public int size() {
        return terms.length;
    }

    /** Term tᵢ, without its coefficient. */
    public Expr term(int i) {
        return terms[i];
    }

    /** Coefficient cᵢ of term tᵢ. */
    public Num coefficient(int i) {
        return coeffs[i];
    }

    /** The coefficient of {@code term} in this sum, or null when it does not occur. */
    public Num coefficientOf(Expr term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? coeffs[i] : null;
    }

    @Override
    public Op op() {
        return Op.ADD;
    }

    @Override
    public List<Expr> args() {
        List<Expr> a = args;
        if (a == null) {
            Expr[] out = new Expr[terms.length + (constant.isZero() ? 0 : 1)];
            int k = 0;
            if (!constant.isZero()) {
                out[k++] = constant;
            }
            for (int i = 0; i < terms.length; i++) {
                out[k++] = coeffs[i].isOne() ? terms[i] : Mul.of(coeffs[i], terms[i]);
            }
            a = List.of(out);
            args = a;
        }
        return a;
    }

    @Override
    public int arity() {
        return terms.length + (constant.isZero() ? 0 : 1);
    }

    @Override
    public Expr withArgs(List<Expr> args) {
        return of(args);
    }
}
