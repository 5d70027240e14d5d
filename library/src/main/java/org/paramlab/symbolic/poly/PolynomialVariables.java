package org.paramlab.symbolic.poly;

import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Moving polynomials between variable lists, so that binary operations share one list. */
final class PolynomialVariables {
    private PolynomialVariables() {}

    /** {@code p} written in the variables {@code vs}, which must include every variable used. */
    static Polynomial embed(Polynomial p, List<Sym> vs) {
        List<Sym> vars = p.variables();
        int[] where = new int[vars.size()];
        for (int i = 0; i < where.length; i++) {
            where[i] = vs.indexOf(vars.get(i));
        }
        Map<Monomial, Rational> t = new HashMap<>();
        for (int k = 0; k < p.monos.length; k++) {
            int[] e = new int[vs.size()];
            for (int i = 0; i < where.length; i++) {
                int a = p.monos[k].e[i];
                if (a != 0) {
                    if (where[i] < 0) {
                        throw new IllegalArgumentException(
                                vars.get(i) + " occurs in " + p + " but not in " + vs);
                    }
                    e[where[i]] = a;
                }
            }
            t.put(new Monomial(e), p.coeffs[k]);
        }
        return new Polynomial(vs, p.order(), t);
    }

    /** a and b in the union of their variable lists (a's first), both in a's monomial order. */
    static Polynomial[] unify(Polynomial a, Polynomial b) {
        if (a.variables().equals(b.variables()) && a.order() == b.order()) {
            return new Polynomial[] {a, b};
        }
        List<Sym> vs = new ArrayList<>(a.variables());
        for (Sym s : b.variables()) {
            if (!vs.contains(s)) {
                vs.add(s);
            }
        }
        return new Polynomial[] {a.withVariables(vs), b.withVariables(vs).withOrder(a.order())};
    }
}
