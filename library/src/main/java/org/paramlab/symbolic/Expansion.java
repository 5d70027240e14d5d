package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multiplies out products and positive integer powers of sums, recursively and once per distinct
 * subterm. A power of a sum uses the multinomial theorem directly: (t₁ + … + tₘ)ⁿ = Σ n!/(k₁!…kₘ!)
 * t₁^k₁…tₘ^kₘ over k₁ + … + kₘ = n, so each result term is built once. Negative integer powers of
 * sums become reciprocals of the expanded power, as in SymPy's {@code expand}.
 */
final class Expansion {
    private final IdentityHashMap<Expr, Expr> memo = new IdentityHashMap<>();

    private Expansion() {}

    static Expr expand(Expr e) {
        return new Expansion().run(e);
    }

    private Expr run(Expr e) {
        if (e.isAtom()) {
            return e;
        }
        Expr done = memo.get(e);
        if (done != null) {
            return done;
        }
        Expr r;
        if (e instanceof Mul) {
            List<Expr> fs = new ArrayList<>(e.arity());
            for (Expr a : e.args()) {
                fs.add(run(a));
            }
            r = multiplyOut(fs);
        } else if (e instanceof Pow) {
            Pow p = (Pow) e;
            r = power(run(p.base()), run(p.exponent()));
        } else {
            List<Expr> as = new ArrayList<>(e.arity());
            boolean changed = false;
            for (Expr a : e.args()) {
                Expr b = run(a);
                changed |= a != b;
                as.add(b);
            }
            r = changed ? e.withArgs(as) : e;
        }
        memo.put(e, r);
        return r;
    }

    private static Expr power(Expr b, Expr ex) {
        if (b instanceof Add && ex instanceof Num && ((Num) ex).isSmallInteger()) {
            int n = ((Num) ex).rational().intValueExact();
            if (n > 1) {
                return multinomial((Add) b, n);
            }
            if (n < -1) {
                return Pow.of(multinomial((Add) b, -n), Num.MINUS_ONE);
            }
        }
        Expr r = Pow.of(b, ex);
        if (r instanceof Mul) {
            return multiplyOut(r.args());
        }
        if (r instanceof Pow) {
            Pow q = (Pow) r; // e.g. (sqrt(x+1))^4 became (x+1)^2
            if (q.base() instanceof Add
                    && q.exponent() instanceof Num
                    && ((Num) q.exponent()).isSmallInteger()
                    && Math.abs(((Num) q.exponent()).rational().intValueExact()) > 1) {
                return power(q.base(), q.exponent());
            }
        }
        return r;
    }

    /** A sum in the making: coefficient per term, the constant under the key 1. */
    private static final class Terms {
        final Map<Expr, Num> coeff = new HashMap<>();
        final List<Expr> order = new ArrayList<>();

        void add(Expr product, Num c) {
            Expr term = product;
            if (product instanceof Num) {
                c = c.mul((Num) product);
                term = Num.ONE;
            } else if (product instanceof Mul && !((Mul) product).coefficient().isOne()) {
                c = c.mul(((Mul) product).coefficient());
                term = ((Mul) product).withoutCoefficient();
            }
            Num prev = coeff.putIfAbsent(term, c);
            if (prev == null) {
                order.add(term);
            } else {
                coeff.put(term, prev.add(c));
            }
        }

        static Terms of(Expr e) {
            Terms t = new Terms();
            if (e instanceof Add) {
                Add a = (Add) e;
                if (!a.constant().isZero()) {
                    t.add(Num.ONE, a.constant());
                }
                for (int i = 0; i < a.size(); i++) {
                    t.add(a.term(i), a.coefficient(i));
                }
            } else {
                t.add(e, Num.ONE);
            }
            return t;
        }

        Expr toExpr() {
            Num constant = coeff.getOrDefault(Num.ONE, Num.ZERO);
            coeff.remove(Num.ONE);
            order.remove(Num.ONE);
            return Add.build(constant, coeff, order);
        }
    }

    private static Expr times(Expr a, Expr b) {
        if (a == Num.ONE) {
            return b;
        }
        if (b == Num.ONE) {
            return a;
        }
        return Mul.of(a, b);
    }

    /** The product of already expanded factors, sums multiplied out. */
    private static Expr multiplyOut(List<Expr> factors) {
        List<Expr> plain = new ArrayList<>();
        Terms acc = null;
        for (Expr f : factors) {
            Expr g = f;
            if (f instanceof Pow && ((Pow) f).base() instanceof Add) {
                g = power(((Pow) f).base(), ((Pow) f).exponent());
            }
            if (g instanceof Add) {
                if (acc == null) {
                    acc = Terms.of(g);
                } else {
                    acc = product(acc, Terms.of(g));
                }
            } else {
                plain.add(g);
            }
        }
        Expr monomial = Mul.of(plain);
        if (acc == null) {
            return monomial;
        }
        if (monomial == Num.ONE) {
            return acc.toExpr();
        }
        Terms out = new Terms();
        for (Expr t : acc.order) {
            out.add(times(t, monomial), acc.coeff.get(t));
        }
        return out.toExpr();
    }

    private static Terms product(Terms a, Terms b) {
        Terms out = new Terms();
        for (Expr s : a.order) {
            Num cs = a.coeff.get(s);
            for (Expr t : b.order) {
                out.add(times(s, t), cs.mul(b.coeff.get(t)));
            }
        }
        return out;
    }

    /** (Σ cᵢ tᵢ)ⁿ by the multinomial theorem. */
    private static Expr multinomial(Add a, int n) {
        Terms parts = Terms.of(a);
        Expr fast = MultinomialFast.expand(parts.order, parts.coeff, n);
        if (fast != null) {
            return fast;
        }
        int m = parts.order.size();
        Expr[][] termPow = new Expr[m][n + 1];
        Num[][] coeffPow = new Num[m][n + 1];
        for (int i = 0; i < m; i++) {
            Expr t = parts.order.get(i);
            Num c = parts.coeff.get(t);
            termPow[i][0] = Num.ONE;
            coeffPow[i][0] = Num.ONE;
            for (int k = 1; k <= n; k++) {
                termPow[i][k] = t == Num.ONE ? Num.ONE : Pow.of(t, Num.of(k));
                coeffPow[i][k] = coeffPow[i][k - 1].mul(c);
            }
        }
        Num[][] binom = binomials(n);
        Terms out = new Terms();
        int[] k = new int[m];
        enumerate(0, n, k, termPow, coeffPow, binom, out);
        return out.toExpr();
    }

    private static void enumerate(
            int i,
            int remaining,
            int[] k,
            Expr[][] termPow,
            Num[][] coeffPow,
            Num[][] binom,
            Terms out) {
        int m = k.length;
        if (i == m - 1) {
            k[i] = remaining;
            Num c = Num.ONE;
            int left = 0;
            for (int j = m - 1; j >= 0; j--) {
                left += k[j];
                c = c.mul(binom[left][k[j]]).mul(coeffPow[j][k[j]]);
            }
            List<Expr> fs = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                if (k[j] > 0 && termPow[j][k[j]] != Num.ONE) {
                    fs.add(termPow[j][k[j]]);
                }
            }
            Expr mono = fs.isEmpty() ? Num.ONE : fs.size() == 1 ? fs.get(0) : Mul.of(fs);
            out.add(mono, c);
            return;
        }
        for (int ki = remaining; ki >= 0; ki--) {
            k[i] = ki;
            enumerate(i + 1, remaining - ki, k, termPow, coeffPow, binom, out);
        }
    }

    private static Num[][] binomials(int n) {
        Num[][] b = new Num[n + 1][];
        for (int i = 0; i <= n; i++) {
            b[i] = new Num[i + 1];
            b[i][0] = Num.ONE;
            b[i][i] = Num.ONE;
            for (int j = 1; j < i; j++) {
                b[i][j] = b[i - 1][j - 1].add(b[i - 1][j]);
            }
        }
        return b;
    }
}
