package org.paramlab.symbolic;

/**
 * The fast path of {@code a·b} for the common case of products of symbols, calls and sums raised to
 * integer powers: both factor lists are already in canonical order, so they are merged like the two
 * halves of a merge sort (equal bases add their exponents) instead of going through a hash map and
 * a sort. The result is the node {@link Mul#of(java.util.List)} builds; cases it cannot decide
 * cheaply (numeric or power bases, symbolic or fractional exponents, a product that collapses to a
 * number times a sum) return null and take the general path.
 */
final class ProductMerge {
    private ProductMerge() {}

    /** a·b by merging, or null when the general path is needed. */
    static Expr tryMerge(Expr a, Expr b) {
        Num ca;
        Expr[] ba;
        Expr[] ea;
        if (a instanceof Mul) {
            Mul m = (Mul) a;
            ca = m.coefficient();
            ba = m.basesArray();
            ea = m.exponentsArray();
        } else if (a instanceof Pow) {
            ca = Num.ONE;
            ba = new Expr[] {((Pow) a).base()};
            ea = new Expr[] {((Pow) a).exponent()};
        } else {
            ca = Num.ONE;
            ba = new Expr[] {a};
            ea = new Expr[] {Num.ONE};
        }
        Num cb;
        Expr[] bb;
        Expr[] eb;
        if (b instanceof Mul) {
            Mul m = (Mul) b;
            cb = m.coefficient();
            bb = m.basesArray();
            eb = m.exponentsArray();
        } else if (b instanceof Pow) {
            cb = Num.ONE;
            bb = new Expr[] {((Pow) b).base()};
            eb = new Expr[] {((Pow) b).exponent()};
        } else {
            cb = Num.ONE;
            bb = new Expr[] {b};
            eb = new Expr[] {Num.ONE};
        }
        if (!simple(ba, ea) || !simple(bb, eb)) {
            return null;
        }
        Num c = ca.mul(cb);
        if (c.isAnyZero()) {
            return null;
        }
        Expr[] bases = new Expr[ba.length + bb.length];
        Expr[] exps = new Expr[bases.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < ba.length || j < bb.length) {
            int cmp = i == ba.length ? 1 : j == bb.length ? -1 : ba[i].compareTo(bb[j]);
            if (cmp < 0) {
                bases[k] = ba[i];
                exps[k++] = ea[i++];
            } else if (cmp > 0) {
                bases[k] = bb[j];
                exps[k++] = eb[j++];
            } else {
                Num e = ((Num) ea[i]).add((Num) eb[j]);
                if (!e.isZero()) {
                    bases[k] = ba[i];
                    exps[k++] = e;
                }
                i++;
                j++;
            }
        }
        if (k == 0) {
            return c;
        }
        if (k == 1) {
            if (c.isOne()) {
                return exps[0].isOne() ? bases[0] : Pow.raw(bases[0], exps[0]);
            }
            if (exps[0].isOne() && bases[0] instanceof Add) {
                return null; // a number times a sum is distributed by the general path
            }
        }
        if (k < bases.length) {
            bases = java.util.Arrays.copyOf(bases, k);
            exps = java.util.Arrays.copyOf(exps, k);
        }
        return Mul.raw(c, bases, exps);
    }

    /** Bases that are symbols, calls or sums, with exact integer exponents. */
    private static boolean simple(Expr[] bases, Expr[] exps) {
        for (int i = 0; i < bases.length; i++) {
            Expr b = bases[i];
            if (!(b instanceof Sym || b instanceof Call || b instanceof Add)) {
                return false;
            }
            if (!(exps[i] instanceof Num) || !((Num) exps[i]).isSmallInteger()) {
                return false;
            }
        }
        return true;
    }
}
