package org.paramlab.symbolic.poly;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.viz.LatexForm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse multivariate polynomial with exact rational coefficients in an ordered list of
 * variables, its terms sorted by a {@link MonomialOrder} (LEX by default). Immutable. Binary
 * operations on polynomials in different variable lists work in the union of the lists (this one's
 * variables first).
 *
 * <pre>{@code
 * Polynomial f = Polynomial.of(ExprParser.parse("x^3 - 1"));
 * Polynomial g = Polynomial.of(ExprParser.parse("x^2 - 1"));
 * Polynomial.gcd(f, g);          // x - 1
 * f.divide(g).remainder();       // x - 1
 * }</pre>
 *
 * Division by a list, exact division and the univariate gcd are in this class; rational functions
 * are {@link RationalFunction}.
 */
public final class Polynomial implements LatexForm {
    private final List<Sym> vars;
    private final MonomialOrder order;
    final Monomial[] monos; // descending in the order
    final Rational[] coeffs; // non-zero

    Polynomial(List<Sym> vars, MonomialOrder order, Map<Monomial, Rational> terms) {
        this.vars = List.copyOf(vars);
        this.order = order;
        List<Map.Entry<Monomial, Rational>> es = new ArrayList<>(terms.size());
        for (Map.Entry<Monomial, Rational> en : terms.entrySet()) {
            if (!en.getValue().isZero()) {
                es.add(en);
            }
        }
        Comparator<Map.Entry<Monomial, Rational>> byOrder =
                (a, b) -> order.compare(b.getKey().e, a.getKey().e);
        es.sort(byOrder);
        monos = new Monomial[es.size()];
        coeffs = new Rational[es.size()];
        for (int i = 0; i < monos.length; i++) {
            monos[i] = es.get(i).getKey();
            coeffs[i] = es.get(i).getValue();
        }
    }

    /**
     * The polynomial {@code e} in its symbols, sorted by name (expanded first).
     *
     * @throws IllegalArgumentException if {@code e} is not a polynomial with rational coefficients
     */
    public static Polynomial of(Expr e) {
        List<Sym> vs = new ArrayList<>(ExprWalk.freeSymbols(e));
        vs.sort(Comparator.comparing(Sym::name));
        return of(e, vs);
    }

    /**
     * The polynomial {@code e} in the given variables (expanded first), LEX order.
     *
     * @throws IllegalArgumentException if {@code e} is not a polynomial in {@code vars} with exact
     *     rational coefficients (other symbols, functions, fractional or negative powers, doubles)
     */
    public static Polynomial of(Expr e, List<Sym> vars) {
        return ExprToPolynomial.convert(e, vars, MonomialOrder.LEX);
    }

    /** The constant {@code c} in the given variables. */
    public static Polynomial constant(Rational c, List<Sym> vars) {
        Map<Monomial, Rational> t = new HashMap<>();
        t.put(new Monomial(new int[vars.size()]), c);
        return new Polynomial(vars, MonomialOrder.LEX, t);
    }

    /**
     * The variable {@code x} as a polynomial in {@code vars}.
     *
     * @throws IllegalArgumentException if {@code x} is not in {@code vars}
     */
    public static Polynomial variable(Sym x, List<Sym> vars) {
        int i = vars.indexOf(x);
        if (i < 0) {
            throw new IllegalArgumentException(x + " is not one of the variables " + vars);
        }
        int[] e = new int[vars.size()];
        e[i] = 1;
        Map<Monomial, Rational> t = new HashMap<>();
        t.put(new Monomial(e), Rational.ONE);
        return new Polynomial(vars, MonomialOrder.LEX, t);
    }

    /** The variables, in order. */
    public List<Sym> variables() {
        return vars;
    }

    /** The monomial order. */
    public MonomialOrder order() {
        return order;
    }

    /** The same polynomial with its terms sorted by another order. */
    public Polynomial withOrder(MonomialOrder o) {
        return o == order ? this : new Polynomial(vars, o, termMap());
    }

    /**
     * The same polynomial in a longer or reordered variable list.
     *
     * @throws IllegalArgumentException if a variable of a non-zero term is missing from {@code vs}
     */
    public Polynomial withVariables(List<Sym> vs) {
        return vs.equals(vars) ? this : PolynomialVariables.embed(this, vs);
    }

    Map<Monomial, Rational> termMap() {
        Map<Monomial, Rational> t = new LinkedHashMap<>();
        for (int k = 0; k < monos.length; k++) {
            t.put(monos[k], coeffs[k]);
        }
        return t;
    }

    /** This and {@code o} in a common variable list (this one's first) and this order. */
    Polynomial[] unify(Polynomial o) {
        return PolynomialVariables.unify(this, o);
    }

    // ------------------------------------------------------------------ arithmetic

    /** this + o. */
    public Polynomial add(Polynomial o) {
        Polynomial[] u = unify(o);
        Map<Monomial, Rational> t = u[0].termMap();
        for (int k = 0; k < u[1].monos.length; k++) {
            t.merge(u[1].monos[k], u[1].coeffs[k], Rational::add);
        }
        return new Polynomial(u[0].vars, order, t);
    }

    /** this − o. */
    public Polynomial subtract(Polynomial o) {
        return add(o.negate());
    }

    /** −this. */
    public Polynomial negate() {
        return scale(Rational.MINUS_ONE);
    }

    /** c · this. */
    public Polynomial scale(Rational c) {
        Map<Monomial, Rational> t = new HashMap<>();
        if (!c.isZero()) {
            for (int k = 0; k < monos.length; k++) {
                t.put(monos[k], coeffs[k].multiply(c));
            }
        }
        return new Polynomial(vars, order, t);
    }

    /** this · o. */
    public Polynomial multiply(Polynomial o) {
        Polynomial[] u = unify(o);
        Polynomial a = u[0];
        Polynomial b = u[1];
        Map<Monomial, Rational> t = new HashMap<>(a.monos.length * b.monos.length * 2);
        for (int i = 0; i < a.monos.length; i++) {
            for (int j = 0; j < b.monos.length; j++) {
                t.merge(
                        a.monos[i].times(b.monos[j]),
                        a.coeffs[i].multiply(b.coeffs[j]),
                        Rational::add);
            }
        }
        return new Polynomial(a.vars, order, t);
    }

    /** this · c·x^m for one term. */
    Polynomial multiplyTerm(Monomial m, Rational c) {
        Map<Monomial, Rational> t = new HashMap<>();
        for (int k = 0; k < monos.length; k++) {
            t.put(monos[k].times(m), coeffs[k].multiply(c));
        }
        return new Polynomial(vars, order, t);
    }

    /**
     * this^n by repeated squaring.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public Polynomial pow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException(
                    "Polynomial power must be ≥ 0, found " + n + "; use RationalFunction");
        }
        Polynomial r = constant(Rational.ONE, vars).withOrder(order);
        Polynomial b = this;
        while (n > 0) {
            if ((n & 1) != 0) {
                r = r.multiply(b);
            }
            n >>= 1;
            if (n > 0) {
                b = b.multiply(b);
            }
        }
        return r;
    }

    /** ∂/∂x. */
    public Polynomial derivative(Sym x) {
        int i = vars.indexOf(x);
        Map<Monomial, Rational> t = new HashMap<>();
        if (i >= 0) {
            for (int k = 0; k < monos.length; k++) {
                int a = monos[k].e[i];
                if (a > 0) {
                    int[] e = monos[k].e.clone();
                    e[i]--;
                    t.merge(new Monomial(e), coeffs[k].multiply(Rational.of(a)), Rational::add);
                }
            }
        }
        return new Polynomial(vars, order, t);
    }

    /**
     * The exact value at a rational point.
     *
     * @throws IllegalArgumentException if a variable of the polynomial has no value
     */
    public Rational evaluate(Map<Sym, Rational> point) {
        Rational[] x = new Rational[vars.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = point.get(vars.get(i));
        }
        Rational s = Rational.ZERO;
        for (int k = 0; k < monos.length; k++) {
            Rational t = coeffs[k];
            for (int i = 0; i < x.length; i++) {
                int a = monos[k].e[i];
                if (a != 0) {
                    if (x[i] == null) {
                        throw new IllegalArgumentException(
                                "No value for " + vars.get(i) + " in " + point);
                    }
                    t = t.multiply(x[i].pow(a));
                }
            }
            s = s.add(t);
        }
        return s;
    }

    // ------------------------------------------------------------------ division

    /**
     * Divides by the list g₁, …, gₛ with the multivariate division algorithm in this polynomial's
     * monomial order (Cox, Little and O'Shea, §2.3): the remainder is unique when the gᵢ form a
     * Gröbner basis.
     *
     * @throws ArithmeticException if a divisor is zero
     */
    public DivisionResult divide(List<Polynomial> divisors) {
        return PolynomialDivision.divide(this, divisors);
    }

    /** Division by one polynomial: f = q·g + r. */
    public DivisionResult divide(Polynomial g) {
        return divide(List.of(g));
    }

    /**
     * The exact quotient this / g.
     *
     * @throws ArithmeticException if g is zero or does not divide this polynomial
     */
    public Polynomial exactDivide(Polynomial g) {
        DivisionResult r = divide(g);
        if (!r.remainder().isZero()) {
            throw new ArithmeticException(g + " does not divide " + this);
        }
        return r.quotient();
    }

    /** True when g divides this polynomial exactly. */
    public boolean isDivisibleBy(Polynomial g) {
        return !g.isZero() && divide(g).remainder().isZero();
    }

    /**
     * The monic greatest common divisor of two univariate polynomials (in the same single variable
     * or constants), by Euclid's algorithm over the rationals; gcd(0, 0) = 0.
     *
     * @throws IllegalArgumentException if together they involve more than one variable
     */
    public static Polynomial gcd(Polynomial a, Polynomial b) {
        return PolynomialDivision.gcd(a, b);
    }

    // ------------------------------------------------------------------ inspection

    /** True for the zero polynomial. */
    public boolean isZero() {
        return monos.length == 0;
    }

    /** True for a constant (including zero). */
    public boolean isConstant() {
        return monos.length == 0 || (monos.length == 1 && monos[0].degree() == 0);
    }

    /** The number of terms. */
    public int size() {
        return monos.length;
    }

    /** The total degree (−1 for zero). */
    public int degree() {
        int d = -1;
        for (Monomial m : monos) {
            d = Math.max(d, m.degree());
        }
        return d;
    }

    /** The degree in {@code x} (−1 for zero, 0 when x does not occur). */
    public int degree(Sym x) {
        int i = vars.indexOf(x);
        int d = monos.length == 0 ? -1 : 0;
        for (Monomial m : monos) {
            d = Math.max(d, i < 0 ? 0 : m.e[i]);
        }
        return d;
    }

    /**
     * The leading coefficient in the monomial order.
     *
     * @throws IllegalStateException for the zero polynomial
     */
    public Rational leadingCoefficient() {
        if (isZero()) {
            throw new IllegalStateException("The zero polynomial has no leading coefficient");
        }
        return coeffs[0];
    }

    /** The exponent vector of the leading monomial (a copy). */
    public int[] leadingExponents() {
        if (isZero()) {
            throw new IllegalStateException("The zero polynomial has no leading monomial");
        }
        return monos[0].e.clone();
    }

    /** The coefficient of x^exponents (0 when absent). */
    public Rational coefficient(int... exponents) {
        if (exponents.length != vars.size()) {
            throw new IllegalArgumentException(
                    "Expected "
                            + vars.size()
                            + " exponents for "
                            + vars
                            + ", found "
                            + exponents.length);
        }
        Monomial m = new Monomial(exponents.clone());
        for (int k = 0; k < monos.length; k++) {
            if (monos[k].equals(m)) {
                return coeffs[k];
            }
        }
        return Rational.ZERO;
    }

    /** This divided by its leading coefficient (zero stays zero). */
    public Polynomial monic() {
        return isZero() ? this : scale(coeffs[0].reciprocal());
    }

    /**
     * The primitive part: this divided by the rational content, so that the coefficients are
     * coprime integers and the leading one is positive (zero stays zero).
     */
    public Polynomial primitive() {
        return isZero() ? this : scale(content().reciprocal());
    }

    /**
     * The content c with this = c·primitive(): the gcd of the numerators over the lcm of the
     * denominators, signed like the leading coefficient (0 for zero).
     */
    public Rational content() {
        if (isZero()) {
            return Rational.ZERO;
        }
        java.math.BigInteger g = java.math.BigInteger.ZERO;
        java.math.BigInteger l = java.math.BigInteger.ONE;
        for (Rational c : coeffs) {
            g = g.gcd(c.numerator());
            java.math.BigInteger d = c.denominator();
            l = l.divide(l.gcd(d)).multiply(d);
        }
        Rational c = Rational.of(g, l);
        return coeffs[0].signum() < 0 ? c.negate() : c;
    }

    /** The expression Σ c·x^a. */
    public Expr toExpr() {
        return ExprToPolynomial.toExpr(this);
    }

    /** Equal terms in the same variable list (the order of terms does not matter). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Polynomial)) {
            return false;
        }
        Polynomial p = (Polynomial) o;
        if (!vars.equals(p.vars) || monos.length != p.monos.length) {
            return false;
        }
        return termMap().equals(p.termMap());
    }

    @Override
    public int hashCode() {
        int h = vars.hashCode();
        for (int k = 0; k < monos.length; k++) {
            h += monos[k].hashCode() ^ coeffs[k].hashCode(); // order-independent
        }
        return h;
    }

    /** The expression's text form. */
    @Override
    public String toString() {
        return toExpr().toString();
    }

    @Override
    public String latex() {
        return toExpr().latex();
    }
}
