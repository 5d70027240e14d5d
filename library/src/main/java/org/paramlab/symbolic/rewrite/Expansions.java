package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;

/** A cheap bound on the size of an expansion, so that simplification never expands too far. */
final class Expansions {
    private Expansions() {}

    /**
     * True when some power (t₁+…+tₘ)ⁿ in {@code e} expands to more than {@code limit} terms, i.e.
     * C(n+m−1, m−1) &gt; limit.
     */
    static boolean tooLarge(Expr e, long limit) {
        for (Expr x : ExprWalk.postOrder(e)) {
            if (x instanceof Pow && ((Pow) x).base() instanceof Add) {
                Expr n = ((Pow) x).exponent();
                if (n instanceof Num && ((Num) n).isSmallInteger()) {
                    int k = Math.abs(((Num) n).rational().intValueExact());
                    int m = ((Add) ((Pow) x).base()).arity();
                    if (terms(k, m) > limit) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** C(n+m−1, m−1), saturating at Long.MAX_VALUE. */
    static long terms(int n, int m) {
        double c = 1;
        for (int i = 1; i < m; i++) {
            c = c * (n + i) / i;
            if (c > 9e18) {
                return Long.MAX_VALUE;
            }
        }
        return Math.round(c);
    }
}
