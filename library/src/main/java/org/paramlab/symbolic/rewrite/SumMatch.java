package org.paramlab.symbolic.rewrite;

import static org.paramlab.symbolic.rewrite.AcMatcher.bind;
import static org.paramlab.symbolic.rewrite.AcMatcher.isBare;
import static org.paramlab.symbolic.rewrite.AcMatcher.match;
import static org.paramlab.symbolic.rewrite.AcMatcher.order;
import static org.paramlab.symbolic.rewrite.AcMatcher.sameHead;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Wild;

import java.util.ArrayList;
import java.util.List;

/** Matching a sum pattern against a target (see {@link AcMatcher} for the semantics). */
final class SumMatch {
    final boolean root;
    final AcMatcher.RootCont k;
    final Num tConst;
    final Expr[] tt;
    final Num[] tc;
    final boolean[] used;
    final Num pConst;
    final Expr[] pt;
    final Num[] pc;
    final int lastBare;

    SumMatch(Add p, Expr t, boolean root, AcMatcher.RootCont k) {
        this.root = root;
        this.k = k;
        if (t instanceof Add) {
            Add a = (Add) t;
            tConst = a.constant();
            tt = new Expr[a.size()];
            tc = new Num[a.size()];
            for (int i = 0; i < tt.length; i++) {
                tt[i] = a.term(i);
                tc[i] = a.coefficient(i);
            }
        } else if (t instanceof Num) {
            tConst = (Num) t;
            tt = new Expr[0];
            tc = new Num[0];
        } else {
            tConst = Num.ZERO;
            boolean scaled = t instanceof Mul && !((Mul) t).coefficient().isOne();
            tt = new Expr[] {scaled ? ((Mul) t).withoutCoefficient() : t};
            tc = new Num[] {scaled ? ((Mul) t).coefficient() : Num.ONE};
        }
        used = new boolean[tt.length];
        pConst = p.constant();
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            terms.add(p.term(i));
        }
        int[] idx = order(terms);
        pt = new Expr[idx.length];
        pc = new Num[idx.length];
        for (int j = 0; j < idx.length; j++) {
            pt[j] = p.term(idx[j]);
            pc[j] = p.coefficient(idx[j]);
        }
        lastBare = pt.length > 0 && isBare(pt[pt.length - 1]) ? pt.length - 1 : -1;
    }

    boolean run(Bindings b) {
        return assign(0, root ? null : Num.ONE, b);
    }

    private boolean assign(int j, Num s, Bindings b) {
        if (j == pt.length) {
            return finish(s == null ? Num.ONE : s, b, false);
        }
        if (j == lastBare) {
            Num s1 = s == null ? Num.ONE : s;
            Num scale = s1.mul(pc[j]);
            List<Expr> parts = new ArrayList<>();
            Num cr = tConst.add(s1.mul(pConst).neg());
            if (!cr.isZero()) {
                parts.add(cr.divide(scale));
            }
            List<Integer> taken = new ArrayList<>();
            for (int i = 0; i < tt.length; i++) {
                if (!used[i]) {
                    parts.add(Mul.of(tc[i].divide(scale), tt[i]));
                    taken.add(i);
                }
            }
            if (parts.isEmpty()) {
                return false;
            }
            taken.forEach(i -> used[i] = true);
            boolean ok = bind((Wild) pt[j], Add.of(parts), b, b2 -> finish(s1, b2, true));
            taken.forEach(i -> used[i] = false);
            return ok;
        }
        for (int i = 0; i < tt.length; i++) {
            if (used[i]) {
                continue;
            }
            boolean ok;
            used[i] = true;
            if (isBare(pt[j])) {
                Num s1 = s == null ? Num.ONE : s;
                Expr v = Mul.of(tc[i].divide(s1.mul(pc[j])), tt[i]);
                ok = bind((Wild) pt[j], v, b, b2 -> assign(j + 1, s1, b2));
            } else if (sameHead(pt[j], tt[i])) {
                Num s1 = tc[i].divide(pc[j]);
                ok = (s == null || s1 == s) && match(pt[j], tt[i], b, b2 -> assign(j + 1, s1, b2));
            } else {
                ok = false;
            }
            used[i] = false;
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private boolean finish(Num s, Bindings b, boolean constantTaken) {
        Num cr = Num.ZERO;
        if (!constantTaken) {
            if (!pConst.isZero() && tConst.isZero()) {
                return false;
            }
            cr = tConst.add(s.mul(pConst).neg());
        }
        List<Expr> rest = new ArrayList<>();
        for (int i = 0; i < tt.length; i++) {
            if (!used[i]) {
                rest.add(Mul.of(tc[i], tt[i]));
            }
        }
        if (!root) {
            return rest.isEmpty() && cr.isZero() && k.accept(b, s, null);
        }
        rest.add(cr);
        return k.accept(b, s, Add.of(rest));
    }
}
