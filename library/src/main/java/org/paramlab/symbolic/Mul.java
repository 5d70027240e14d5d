package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A canonical product c·b₁^e₁·…·bₙ^eₙ: a non-zero numeric coefficient c and distinct bases bᵢ
 * (never products; sorted in the canonical order) with non-zero exponents eᵢ, which may be
 * symbolic. {@code x*x} becomes {@code x^2}, {@code x/x} becomes 1 and {@code 2*(3*x)} becomes
 * {@code 6*x}. A number times a single sum is distributed ({@code 2*(x+y)} is {@code 2*x + 2*y}),
 * as SymPy does. A product has a coefficient other than one or at least two factors; otherwise it
 * collapses to its power or base.
 */
public final class Mul extends Expr {
    private final Num coeff;
    private final Expr[] bases;
    private final Expr[] exps;
    private List<Expr> args; // built on first use; racy but idempotent

    private Mul(Num coeff, Expr[] bases, Expr[] exps) {
        super(hash(coeff, bases, exps), size(coeff, bases, exps));
        this.coeff = coeff;
        this.bases = bases;
        this.exps = exps;
    }

    private static int hash(Num c, Expr[] bases, Expr[] exps) {
        int h = Hashing.mix(6, c.hashCode());
        for (int i = 0; i < bases.length; i++) {
            h = Hashing.mix(h, bases[i].hashCode());
            h = Hashing.mix(h, exps[i].hashCode());
        }
        return Hashing.finish(h);
    }

    private static long size(Num c, Expr[] bases, Expr[] exps) {
        long s = c.isOne() ? 1 : 2;
        for (int i = 0; i < bases.length; i++) {
            s = Hashing.addSize(s, bases[i].treeSize());
            if (!exps[i].isOne()) {
                s = Hashing.addSize(s, exps[i].treeSize() + 1);
            }
        }
        return s;
    }

    /** a · b, canonicalised. */
    public static Expr of(Expr a, Expr b) {
        if (a instanceof Num) {
            return scale((Num) a, b);
        }
        if (b instanceof Num) {
            return scale((Num) b, a);
        }
        Expr merged = ProductMerge.tryMerge(a, b);
        return merged != null ? merged : of(List.of(a, b));
    }

    /** An already canonical product (sorted distinct bases, non-zero exponents, caller checked). */
    static Expr raw(Num coeff, Expr[] bases, Expr[] exps) {
        return intern(new Mul(coeff, bases, exps));
    }

    /** The bases array itself (callers must not modify it). */
    Expr[] basesArray() {
        return bases;
    }

    /** The exponents array itself (callers must not modify it). */
    Expr[] exponentsArray() {
        return exps;
    }

    /** The canonical product of the factors. */
    public static Expr of(Expr... factors) {
        return of(Arrays.asList(factors));
    }

    /** The canonical product of the factors (an empty list gives 1). */
    public static Expr of(List<? extends Expr> factors) {
        if (factors.size() == 2
                && !(factors.get(0) instanceof Num)
                && !(factors.get(1) instanceof Num)) {
            Expr merged = ProductMerge.tryMerge(factors.get(0), factors.get(1));
            if (merged != null) {
                return merged;
            }
        }
        Num coeff = Num.ONE;
        Map<Expr, Expr> expOf = new HashMap<>();
        List<Expr> order = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Num) {
                coeff = coeff.mul((Num) f);
            } else if (f instanceof Mul) {
                Mul m = (Mul) f;
                coeff = coeff.mul(m.coeff);
                for (int i = 0; i < m.bases.length; i++) {
                    accumulate(expOf, order, m.bases[i], m.exps[i]);
                }
            } else if (f instanceof Pow) {
                Pow p = (Pow) f;
                accumulate(expOf, order, p.base(), p.exponent());
            } else {
                accumulate(expOf, order, f, Num.ONE);
            }
        }
        return build(coeff, expOf, order);
    }

    private static void accumulate(Map<Expr, Expr> expOf, List<Expr> order, Expr b, Expr e) {
        Expr prev = expOf.putIfAbsent(b, e);
        if (prev == null) {
            order.add(b);
        } else {
            expOf.put(b, Add.of(prev, e));
        }
    }

    /** c · t, with the fast paths used by sums: t's coefficient is multiplied, sums distributed. */
    static Expr scale(Num c, Expr t) {
        if (t instanceof Num) {
            return c.mul((Num) t);
        }
        if (c.isOne()) {
            return t;
        }
        if (c.isAnyZero()) {
            return c.isExact() ? Num.ZERO : c;
        }
        if (t instanceof Mul) {
            Mul m = (Mul) t;
            Num k = c.mul(m.coeff);
            if (k.isOne() && m.bases.length == 1) {
                return m.exps[0].isOne() ? m.bases[0] : Pow.raw(m.bases[0], m.exps[0]);
            }
            return intern(new Mul(k, m.bases, m.exps));
        }
        if (t instanceof Add) {
            return distribute(c, (Add) t);
        }
        if (t instanceof Pow) {
            Pow p = (Pow) t;
            if (p.base() instanceof Num) {
                return of(List.of(c, t)); // numeric powers may fold into the coefficient
            }
            return intern(new Mul(c, new Expr[] {p.base()}, new Expr[] {p.exponent()}));
        }
        return intern(new Mul(c, new Expr[] {t}, new Expr[] {Num.ONE}));
    }

    private static Expr distribute(Num c, Add a) {
        Map<Expr, Num> coeffOf = new HashMap<>();
        List<Expr> terms = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            coeffOf.put(a.term(i), c.mul(a.coefficient(i)));
            terms.add(a.term(i));
        }
        return Add.build(c.mul(a.constant()), coeffOf, terms);
    }

    /** The canonical product of {@code coeff} and base^exponent pairs. */
    static Expr build(Num coeff, Map<Expr, Expr> expOf, List<Expr> order) {
        List<Expr> fb = new ArrayList<>(order.size());
        List<Expr> fe = new ArrayList<>(order.size());
        for (Expr b : order) {
            Expr e = expOf.get(b);
            if (e.isZero()) {
                continue;
            }
            Expr p = Pow.of(b, e);
            if (p instanceof Num) {
                coeff = coeff.mul((Num) p);
            } else if (p instanceof Pow) {
                fb.add(((Pow) p).base());
                fe.add(((Pow) p).exponent());
            } else if (p instanceof Mul && b instanceof Num) {
                Mul m = (Mul) p; // a numeric power split as coefficient times a power
                coeff = coeff.mul(m.coeff);
                for (int i = 0; i < m.bases.length; i++) {
                    fb.add(m.bases[i]);
                    fe.add(m.exps[i]);
                }
            } else {
                fb.add(p);
                fe.add(Num.ONE);
            }
        }
        if (coeff.isAnyZero()) {
            return coeff.isExact() ? Num.ZERO : coeff;
        }
        if (fb.isEmpty()) {
            return coeff;
        }
        if (fb.size() == 1) {
            Expr b = fb.get(0);
            Expr e = fe.get(0);
            if (coeff.isOne()) {
                return e.isOne() ? b : Pow.raw(b, e);
            }
            if (e.isOne() && b instanceof Add) {
                return distribute(coeff, (Add) b);
            }
            return intern(new Mul(coeff, new Expr[] {b}, new Expr[] {e}));
        }
        Integer[] idx = new Integer[fb.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (i, j) -> fb.get(i).compareTo(fb.get(j)));
        Expr[] bs = new Expr[idx.length];
        Expr[] es = new Expr[idx.length];
        for (int i = 0; i < idx.length; i++) {
            bs[i] = fb.get(idx[i]);
            es[i] = fe.get(idx[i]);
        }
        return intern(new Mul(coeff, bs, es));
    }

    /**
     * The product Π bᵢ^eᵢ with coefficient one, for callers that guarantee the invariants: at least
     * two factors, bases distinct, sorted in the canonical order, not numbers or products,
     * exponents non-zero and canonical for their base.
     */
    static Expr sortedProduct(Expr[] bases, Expr[] exps) {
        return intern(new Mul(Num.ONE, bases, exps));
    }

    /** The same factors with coefficient one (the term of this product inside a sum). */
    public Expr withoutCoefficient() {
        if (coeff.isOne()) {
            return this;
        }
        if (bases.length == 1) {
            return exps[0].isOne() ? bases[0] : Pow.raw(bases[0], exps[0]);
        }
        return intern(new Mul(Num.ONE, bases, exps));
    }

    @Override
    boolean sameNode(Expr other) {
        if (!(other instanceof Mul)) {
            return false;
        }
        Mul m = (Mul) other;
        if (m.coeff != coeff || m.bases.length != bases.length) {
            return false;
        }
        for (int i = 0; i < bases.length; i++) {
            if (m.bases[i] != bases[i] || m.exps[i] != exps[i]) {
                return false;
            }
        }
        return true;
    }

    /** The numeric coefficient c. */
    public Num coefficient() {
        return coeff;
    }

    /** The number of factors n. */
    public int size() {
        return bases.length;
    }

    /** Base bᵢ. */
    public Expr base(int i) {
        return bases[i];
    }

    /** Exponent eᵢ. */
    public Expr exponent(int i) {
        return exps[i];
    }

    /** Factor i as an expression, bᵢ^eᵢ. */
    public Expr factor(int i) {
        return exps[i].isOne() ? bases[i] : Pow.raw(bases[i], exps[i]);
    }

    /** The product without factor {@code i} (the coefficient kept). */
    public Expr withoutFactor(int i) {
        if (bases.length == 1) {
            return coeff;
        }
        Expr[] bs = new Expr[bases.length - 1];
        Expr[] es = new Expr[bases.length - 1];
        for (int j = 0, k = 0; j < bases.length; j++) {
            if (j != i) {
                bs[k] = bases[j];
                es[k++] = exps[j];
            }
        }
        if (bs.length == 1 && coeff.isOne()) {
            return es[0].isOne() ? bs[0] : Pow.raw(bs[0], es[0]);
        }
        if (bs.length == 1 && es[0].isOne() && bs[0] instanceof Add) {
            return distribute(coeff, (Add) bs[0]);
        }
        return intern(new Mul(coeff, bs, es));
    }

    @Override
    public Op op() {
        return Op.MUL;
    }

    @Override
    public List<Expr> args() {
        List<Expr> a = args;
        if (a == null) {
            Expr[] out = new Expr[bases.length + (coeff.isOne() ? 0 : 1)];
            int k = 0;
            if (!coeff.isOne()) {
                out[k++] = coeff;
            }
            for (int i = 0; i < bases.length; i++) {
                out[k++] = factor(i);
            }
            a = List.of(out);
            args = a;
        }
        return a;
    }

    @Override
    public int arity() {
        return bases.length + (coeff.isOne() ? 0 : 1);
    }

    @Override
    public Expr withArgs(List<Expr> args) {
        return of(args);
    }
}
