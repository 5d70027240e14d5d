package org.paramlab.symbolic.poly;

import org.paramlab.symbolic.Rational;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Multivariate division by a list and the univariate Euclidean gcd. */
final class PolynomialDivision {
    private PolynomialDivision() {}

    static DivisionResult divide(Polynomial f, List<Polynomial> divisors) {
        // Bring every polynomial into one variable list and f's monomial order.
        Polynomial common = f;
        for (Polynomial g : divisors) {
            common = common.unify(g)[0];
        }
        List<Polynomial> gs = new ArrayList<>(divisors.size());
        for (Polynomial g : divisors) {
            if (g.isZero()) {
                throw new ArithmeticException("Division by the zero polynomial");
            }
            gs.add(common.unify(g)[1]);
        }
        MonomialOrder order = f.order();
        TreeMap<Monomial, Rational> p = new TreeMap<>((a, b) -> order.compare(b.e, a.e));
        p.putAll(common.termMap());
        List<Map<Monomial, Rational>> q = new ArrayList<>();
        for (int i = 0; i < gs.size(); i++) {
            q.add(new HashMap<>());
        }
        Map<Monomial, Rational> r = new HashMap<>();
        while (!p.isEmpty()) {
            Map.Entry<Monomial, Rational> lt = p.firstEntry();
            boolean divided = false;
            for (int i = 0; i < gs.size() && !divided; i++) {
                Polynomial g = gs.get(i);
                Monomial m = lt.getKey().dividedBy(g.monos[0]);
                if (m != null) {
                    Rational c = lt.getValue().divide(g.coeffs[0]);
                    q.get(i).merge(m, c, Rational::add);
                    for (int k = 0; k < g.monos.length; k++) {
                        Monomial mk = g.monos[k].times(m);
                        Rational v =
                                p.getOrDefault(mk, Rational.ZERO).subtract(g.coeffs[k].multiply(c));
                        if (v.isZero()) {
                            p.remove(mk);
                        } else {
                            p.put(mk, v);
                        }
                    }
                    divided = true;
                }
            }
            if (!divided) {
                r.put(lt.getKey(), lt.getValue());
                p.remove(lt.getKey());
            }
        }
        List<Polynomial> qs = new ArrayList<>(gs.size());
        for (Map<Monomial, Rational> qi : q) {
            qs.add(new Polynomial(common.variables(), order, qi));
        }
        return new DivisionResult(qs, new Polynomial(common.variables(), order, r));
    }

    static Polynomial gcd(Polynomial a, Polynomial b) {
        Polynomial[] u = a.unify(b);
        int used = 0;
        for (int i = 0; i < u[0].variables().size(); i++) {
            final int v = i;
            boolean occurs = false;
            for (Polynomial p : u) {
                for (Monomial m : p.monos) {
                    occurs |= m.e[v] != 0;
                }
            }
            used += occurs ? 1 : 0;
        }
        if (used > 1) {
            throw new IllegalArgumentException(
                    "gcd is implemented for univariate polynomials; "
                            + a
                            + " and "
                            + b
                            + " involve "
                            + used
                            + " variables");
        }
        Polynomial x = u[0];
        Polynomial y = u[1];
        while (!y.isZero()) {
            Polynomial r = divide(x, List.of(y)).remainder();
            x = y;
            y = r.isZero() ? r : r.monic(); // monic remainders keep coefficients small
        }
        return x.monic();
    }
}
