package org.paramlab.symbolic.rewrite;

import static org.paramlab.symbolic.rewrite.AcMatcher.bind;
import static org.paramlab.symbolic.rewrite.AcMatcher.isBare;
import static org.paramlab.symbolic.rewrite.AcMatcher.match;
import static org.paramlab.symbolic.rewrite.AcMatcher.order;
import static org.paramlab.symbolic.rewrite.AcMatcher.sameHead;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Wild;

import java.util.ArrayList;
import java.util.List;

/** Matching a product pattern against a target (see {@link AcMatcher} for the semantics). */
final class ProductMatch {
    final boolean root;
    final AcMatcher.RootCont k;
    final boolean valid;
    final Num ratio;
    final Expr[] tb;
    final Expr[] te;
    final boolean[] used;
    final Expr[] pb;
    final Expr[] pe;
    final int lastBare;
    final List<Expr> leftovers = new ArrayList<>();

    ProductMatch(Mul p, Expr t, boolean root, AcMatcher.RootCont k) {
        this.root = root;
        this.k = k;
        Num tCoeff = Num.ONE;
        if (t instanceof Mul) {
            Mul m = (Mul) t;
            tCoeff = m.coefficient();
            tb = new Expr[m.size()];
            te = new Expr[m.size()];
            for (int i = 0; i < tb.length; i++) {
                tb[i] = m.base(i);
                te[i] = m.exponent(i);
            }
        } else if (t instanceof Pow) {
            tb = new Expr[] {((Pow) t).base()};
            te = new Expr[] {((Pow) t).exponent()};
        } else {
            tb = new Expr[] {t};
            te = new Expr[] {Num.ONE};
        }
        used = new boolean[tb.length];
        List<Expr> factors = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            factors.add(p.factor(i));
        }
        int[] idx = order(factors);
        pb = new Expr[idx.length];
        pe = new Expr[idx.length];
        for (int j = 0; j < idx.length; j++) {
            pb[j] = p.base(idx[j]);
            pe[j] = p.exponent(idx[j]);
        }
        lastBare = pb.length > 0 && isBare(factors.get(idx[idx.length - 1])) ? pb.length - 1 : -1;
        ratio = t instanceof Num ? Num.ZERO : tCoeff.divide(p.coefficient());
        boolean ok = !(t instanceof Num);
        if (lastBare >= 0) {
            ok &= ratio.signum() > 0;
        } else if (!root) {
            ok &= ratio.isOne();
        }
        valid = ok;
    }

    boolean run(Bindings b) {
        return valid && assign(0, b);
    }

    private Expr targetFactor(int i) {
        return Pow.of(tb[i], te[i]);
    }

    private boolean assign(int j, Bindings b) {
        if (j == pb.length) {
            return finish(b, false);
        }
        if (j == lastBare) {
            List<Expr> parts = new ArrayList<>(leftovers);
            List<Integer> taken = new ArrayList<>();
            for (int i = 0; i < tb.length; i++) {
                if (!used[i]) {
                    parts.add(targetFactor(i));
                    taken.add(i);
                }
            }
            if (parts.isEmpty()) {
                return false;
            }
            parts.add(ratio);
            taken.forEach(i -> used[i] = true);
            List<Expr> saved = new ArrayList<>(leftovers);
            leftovers.clear();
            boolean ok = bind((Wild) pb[j], Mul.of(parts), b, b2 -> finish(b2, true));
            leftovers.addAll(saved);
            taken.forEach(i -> used[i] = false);
            return ok;
        }
        Expr pf = Pow.of(pb[j], pe[j]);
        for (int i = 0; i < tb.length; i++) {
            if (used[i]) {
                continue;
            }
            used[i] = true;
            boolean ok;
            if (isBare(pf)) {
                ok = bind((Wild) pf, targetFactor(i), b, b2 -> assign(j + 1, b2));
            } else {
                Expr tf = targetFactor(i);
                ok = sameHead(pf, tf) && match(pf, tf, b, b2 -> assign(j + 1, b2));
                if (!ok && partial(pe[j], te[i])) {
                    Num left = ((Num) te[i]).add(((Num) pe[j]).neg());
                    leftovers.add(Pow.of(tb[i], left));
                    ok = match(pb[j], tb[i], b, b2 -> assign(j + 1, b2));
                    leftovers.remove(leftovers.size() - 1);
                }
            }
            used[i] = false;
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** True when pattern exponent p can take part of target exponent t (same sign, |t| > |p|). */
    private static boolean partial(Expr p, Expr t) {
        if (!(p instanceof Num) || !(t instanceof Num)) {
            return false;
        }
        Num a = (Num) p;
        Num c = (Num) t;
        if (!a.isSmallInteger() || !c.isSmallInteger() || a.signum() != c.signum()) {
            return false;
        }
        return Math.abs(c.rational().intValueExact()) > Math.abs(a.rational().intValueExact());
    }

    private boolean finish(Bindings b, boolean ratioTaken) {
        List<Expr> rest = new ArrayList<>(leftovers);
        for (int i = 0; i < tb.length; i++) {
            if (!used[i]) {
                rest.add(targetFactor(i));
            }
        }
        if (!root) {
            return rest.isEmpty() && k.accept(b, Num.ONE, null);
        }
        if (!ratioTaken) {
            rest.add(ratio);
        }
        return k.accept(b, Num.ONE, Mul.of(rest));
    }
}
