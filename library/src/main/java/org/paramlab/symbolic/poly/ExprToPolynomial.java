package org.paramlab.symbolic.poly;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between expressions and polynomials: reading an expanded expression (with errors that
 * name the offending part) and writing Σ c·x^a back.
 */
final class ExprToPolynomial {
    private ExprToPolynomial() {}

    static Expr toExpr(Polynomial p) {
        List<Sym> vars = p.variables();
        List<Expr> terms = new java.util.ArrayList<>(p.monos.length);
        for (int k = 0; k < p.monos.length; k++) {
            List<Expr> f = new java.util.ArrayList<>();
            f.add(Num.of(p.coeffs[k]));
            for (int i = 0; i < vars.size(); i++) {
                if (p.monos[k].e[i] != 0) {
                    f.add(vars.get(i).pow(p.monos[k].e[i]));
                }
            }
            terms.add(Mul.of(f));
        }
        return Add.of(terms);
    }

    static Polynomial convert(Expr e, List<Sym> vars, MonomialOrder order) {
        Expr x = e.expand();
        Map<Monomial, Rational> terms = new HashMap<>();
        if (x instanceof Add) {
            Add a = (Add) x;
            add(terms, new int[vars.size()], exact(a.constant(), e), e);
            for (int i = 0; i < a.size(); i++) {
                term(terms, a.term(i), exact(a.coefficient(i), e), vars, e);
            }
        } else {
            term(terms, x, Rational.ONE, vars, e);
        }
        return new Polynomial(vars, order, terms);
    }

    private static void add(Map<Monomial, Rational> terms, int[] exps, Rational c, Expr whole) {
        if (!c.isZero()) {
            terms.merge(new Monomial(exps), c, Rational::add);
        }
    }

    private static Rational exact(Num n, Expr whole) {
        if (!n.isExact()) {
            throw new IllegalArgumentException(
                    "Polynomials have exact coefficients; " + whole + " has the double " + n);
        }
        return n.rational();
    }

    private static void term(
            Map<Monomial, Rational> terms, Expr t, Rational c, List<Sym> vars, Expr whole) {
        int[] exps = new int[vars.size()];
        if (t instanceof Num) {
            c = c.multiply(exact((Num) t, whole));
        } else if (t instanceof Mul) {
            Mul m = (Mul) t;
            c = c.multiply(exact(m.coefficient(), whole));
            for (int i = 0; i < m.size(); i++) {
                power(exps, m.base(i), m.exponent(i), vars, whole);
            }
        } else if (t instanceof Pow) {
            power(exps, ((Pow) t).base(), ((Pow) t).exponent(), vars, whole);
        } else {
            power(exps, t, Num.ONE, vars, whole);
        }
        add(terms, exps, c, whole);
    }

    private static void power(int[] exps, Expr b, Expr e, List<Sym> vars, Expr whole) {
        int i = b instanceof Sym ? vars.indexOf(b) : -1;
        if (i < 0) {
            throw new IllegalArgumentException(
                    whole
                            + " is not a polynomial in "
                            + vars
                            + ": it contains "
                            + (b instanceof Sym ? "the symbol " : "")
                            + b);
        }
        if (!(e instanceof Num) || !((Num) e).isSmallInteger() || ((Num) e).signum() < 0) {
            throw new IllegalArgumentException(
                    whole
                            + " is not a polynomial in "
                            + vars
                            + ": "
                            + b
                            + " has the exponent "
                            + e
                            + "; use RationalFunction for negative powers");
        }
        exps[i] += ((Num) e).rational().intValueExact();
    }
}
