package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.poly.DivisionResult;
import org.paramlab.symbolic.poly.Polynomial;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancels common polynomial factors of a quotient N/D: exactly when one divides the other
 * (multivariate division), and by the gcd when both are univariate. {@code (x^2 - 1)/(x - 1)}
 * becomes {@code x + 1}; {@code (x^2 - y^2)/(x + y)} becomes {@code x - y}. Quotients that are not
 * of polynomials, or whose expansion would exceed {@code maxTerms} terms, are left alone.
 */
public final class PolynomialCancel implements Rewriter {
    private final long maxTerms;

    /**
     * A canceller that skips quotients whose expansion may exceed {@code maxTerms} terms.
     *
     * @throws IllegalArgumentException if maxTerms is below 1
     */
    public PolynomialCancel(long maxTerms) {
        if (maxTerms < 1) {
            throw new IllegalArgumentException("maxTerms must be ≥ 1, found " + maxTerms);
        }
        this.maxTerms = maxTerms;
    }

    @Override
    public Expr rewrite(Expr e) {
        if (!(e instanceof Mul)) {
            return e;
        }
        Mul m = (Mul) e;
        List<Expr> top = new ArrayList<>();
        List<Expr> bottom = new ArrayList<>();
        top.add(m.coefficient());
        for (int i = 0; i < m.size(); i++) {
            Expr x = m.exponent(i);
            if (x instanceof Num && ((Num) x).signum() < 0) {
                bottom.add(Pow.of(m.base(i), ((Num) x).neg()));
            } else {
                top.add(m.factor(i));
            }
        }
        if (bottom.isEmpty()) {
            return e;
        }
        Expr n = Mul.of(top);
        Expr d = Mul.of(bottom);
        if (!hasSum(d) || Expansions.tooLarge(n, maxTerms) || Expansions.tooLarge(d, maxTerms)) {
            return e;
        }
        List<Sym> vars = new ArrayList<>(ExprWalk.freeSymbols(List.of(n, d)));
        Polynomial pn;
        Polynomial pd;
        try {
            pn = Polynomial.of(n, vars);
            pd = Polynomial.of(d, vars);
        } catch (IllegalArgumentException notPolynomial) {
            return e;
        }
        if (pd.isConstant()) {
            return e;
        }
        DivisionResult r = pn.divide(pd);
        if (r.remainder().isZero()) {
            return r.quotient().toExpr();
        }
        if (vars.size() == 1) {
            Polynomial g = Polynomial.gcd(pn, pd);
            if (!g.isConstant()) {
                Expr q = pn.exactDivide(g).toExpr().div(pd.exactDivide(g).toExpr());
                return q;
            }
        }
        return e;
    }

    private static boolean hasSum(Expr d) {
        for (Expr x : ExprWalk.postOrder(d)) {
            if (x instanceof Add) {
                return true;
            }
        }
        return false;
    }
}
