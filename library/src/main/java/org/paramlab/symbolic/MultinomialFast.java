package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multinomial expansion (Σ cᵢ tᵢ)ⁿ when the terms are powers of distinct non-numeric bases and
 * the coefficients exact, the common case of polynomials in symbols. Then every result term is
 * already canonical: its factors are the bases, sorted once, with exponents k·eᵢ, so products are
 * built directly instead of through {@link Mul#of(List)}, and coefficients are multiplied as {@link
 * Rational}s, making one interned number per result term.
 */
final class MultinomialFast {
    private MultinomialFast() {}

    /** The expansion, or null when the terms do not qualify (the caller takes the general path). */
    static Expr expand(List<Expr> terms, Map<Expr, Num> coeffOf, int n) {
        Rational constant = null;
        List<Expr> bases = new ArrayList<>();
        List<Expr> exps = new ArrayList<>();
        List<Rational> cs = new ArrayList<>();
        for (Expr t : terms) {
            Num c = coeffOf.get(t);
            if (!c.isExact()) {
                return null;
            }
            if (t == Num.ONE) {
                constant = c.rational();
                continue;
            }
            Expr b = t instanceof Pow ? ((Pow) t).base() : t;
            Expr e = t instanceof Pow ? ((Pow) t).exponent() : Num.ONE;
            if (b instanceof Num
                    || b instanceof Mul
                    || b instanceof Add
                    || b instanceof Pow
                    || bases.contains(b)) {
                return null;
            }
            bases.add(b);
            exps.add(e);
            cs.add(c.rational());
        }
        int m = bases.size();
        if (m == 0) {
            return null;
        }
        // sort the bases once into the canonical order
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (i, j) -> bases.get(i).compareTo(bases.get(j)));
        Expr[] b = new Expr[m];
        Expr[][] ek = new Expr[m][n + 1]; // exponent of base j at power k
        Rational[][] ck = new Rational[m + 1][n + 1]; // coefficient powers; row m: constant
        for (int j = 0; j < m; j++) {
            b[j] = bases.get(idx[j]);
            Expr e = exps.get(idx[j]);
            Rational c = cs.get(idx[j]);
            ck[j][0] = Rational.ONE;
            for (int k = 1; k <= n; k++) {
                ek[j][k] = Mul.of(e, Num.of(k));
                ck[j][k] = ck[j][k - 1].multiply(c);
                if (ek[j][k].isZero()) {
                    return null;
                }
            }
        }
        ck[m][0] = Rational.ONE;
        for (int k = 1; k <= n; k++) {
            ck[m][k] = constant == null ? Rational.ZERO : ck[m][k - 1].multiply(constant);
        }
        Rational[][] binom = new Rational[n + 1][];
        for (int i = 0; i <= n; i++) {
            binom[i] = new Rational[i + 1];
            binom[i][0] = Rational.ONE;
            binom[i][i] = Rational.ONE;
            for (int j = 1; j < i; j++) {
                binom[i][j] = binom[i - 1][j - 1].add(binom[i - 1][j]);
            }
        }
        Map<Expr, Num> out = new HashMap<>();
        List<Expr> order = new ArrayList<>();
        Num[] constantTerm = {Num.ZERO};
        int[] k = new int[m];
        walk(0, n, n, k, b, ek, ck, binom, constant != null, out, order, constantTerm);
        return Add.build(constantTerm[0], out, order);
    }

    private static void walk(
            int j,
            int left,
            int n,
            int[] k,
            Expr[] b,
            Expr[][] ek,
            Rational[][] ck,
            Rational[][] binom,
            boolean hasConstant,
            Map<Expr, Num> out,
            List<Expr> order,
            Num[] constantTerm) {
        int m = k.length;
        if (j == m) {
            if (left > 0 && !hasConstant) {
                return;
            }
            // coefficient n!/(k₀!…k_{m−1}! left!) · Π cⱼ^kⱼ · c₀^left
            Rational c = ck[m][left];
            int used = left;
            for (int i = m - 1; i >= 0; i--) {
                used += k[i];
                c = c.multiply(binom[used][k[i]]).multiply(ck[i][k[i]]);
            }
            int count = 0;
            for (int i = 0; i < m; i++) {
                count += k[i] > 0 ? 1 : 0;
            }
            if (count == 0) {
                constantTerm[0] = Num.of(c);
                return;
            }
            Expr term;
            if (count == 1) {
                int i = 0;
                while (k[i] == 0) {
                    i++;
                }
                term = Pow.of(b[i], ek[i][k[i]]);
            } else {
                Expr[] fb = new Expr[count];
                Expr[] fe = new Expr[count];
                for (int i = 0, f = 0; i < m; i++) {
                    if (k[i] > 0) {
                        fb[f] = b[i];
                        fe[f++] = ek[i][k[i]];
                    }
                }
                term = Mul.sortedProduct(fb, fe);
            }
            out.put(term, Num.of(c));
            order.add(term);
            return;
        }
        for (int kj = left; kj >= 0; kj--) {
            k[j] = kj;
            walk(j + 1, left - kj, n, k, b, ek, ck, binom, hasConstant, out, order, constantTerm);
        }
        k[j] = 0;
    }
}
