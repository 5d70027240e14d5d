package org.paramlab.symbolic.poly;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.viz.LatexForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exact quotient p / (f₁^k₁ ⋯ fₘ^kₘ) of polynomials whose denominator is kept as a product of
 * factors. Factors are primitive with a positive leading coefficient, and after every operation
 * each factor that divides the numerator is cancelled, so no multivariate gcd is needed when
 * denominators share factors, as in the covariance Σ = (I−Λ)^{−T} Ω (I−Λ)^{−1} of a structural
 * equation model, where every entry has the denominator det(I−Λ)². A factor that is itself a
 * product of others is not split; {@link #equals} compares by cross-multiplication, so the value,
 * not the representation, decides equality.
 *
 * <pre>{@code
 * var vars = Sym.list("x", "y");
 * RationalFunction a = RationalFunction.of(ExprParser.parse("1/(x - y)"), vars);
 * a.add(a).multiply(RationalFunction.of(ExprParser.parse("x - y"), vars));  // 2
 * }</pre>
 */
public final class RationalFunction implements LatexForm {
    private final Polynomial numerator;
    private final List<Polynomial> factors; // primitive, non-constant, distinct
    private final int[] powers; // positive

    private RationalFunction(Polynomial numerator, List<Polynomial> factors, int[] powers) {
        this.numerator = numerator;
        this.factors = factors;
        this.powers = powers;
    }

    /** The polynomial p as p/1. */
    public static RationalFunction of(Polynomial p) {
        return new RationalFunction(p, List.of(), new int[0]);
    }

    /**
     * p / q, with common factors cancelled where q divides p.
     *
     * @throws ArithmeticException if q is zero
     */
    public static RationalFunction of(Polynomial p, Polynomial q) {
        return of(p).divide(of(q));
    }

    /**
     * The rational function written as {@code e} in {@code vars}: sums, products and integer powers
     * (negative ones too) of the variables and exact numbers.
     *
     * @throws IllegalArgumentException if {@code e} holds anything else (functions, doubles,
     *     fractional powers, other symbols)
     * @throws ArithmeticException if {@code e} divides by zero
     */
    public static RationalFunction of(Expr e, List<Sym> vars) {
        if (e instanceof Add) {
            RationalFunction s = of(Polynomial.constant(Rational.ZERO, vars));
            for (Expr t : e.args()) {
                s = s.add(of(t, vars));
            }
            return s;
        }
        if (e instanceof Mul) {
            RationalFunction p = of(Polynomial.constant(Rational.ONE, vars));
            for (Expr f : e.args()) {
                p = p.multiply(of(f, vars));
            }
            return p;
        }
        if (e instanceof Pow && ((Pow) e).exponent() instanceof Num) {
            Num n = (Num) ((Pow) e).exponent();
            if (n.isSmallInteger()) {
                return of(((Pow) e).base(), vars).pow(n.rational().intValueExact());
            }
        }
        if (e instanceof Pow && !((Pow) e).exponent().isNumber()) {
            throw new IllegalArgumentException(
                    e + " has a symbolic exponent; a rational function needs integer powers");
        }
        return of(Polynomial.of(e, vars));
    }

    /** The numerator p (after cancellation). */
    public Polynomial numerator() {
        return numerator;
    }

    /** The denominator expanded into one polynomial (1 for a polynomial). */
    public Polynomial denominator() {
        Polynomial d = Polynomial.constant(Rational.ONE, numerator.variables());
        for (int i = 0; i < factors.size(); i++) {
            d = d.multiply(factors.get(i).pow(powers[i]));
        }
        return d;
    }

    /** The denominator's factors with their powers, in the order first met. */
    public Map<Polynomial, Integer> denominatorFactors() {
        Map<Polynomial, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            m.put(factors.get(i), powers[i]);
        }
        return m;
    }

    /** True when the denominator is 1. */
    public boolean isPolynomial() {
        return factors.isEmpty();
    }

    /** True for zero. */
    public boolean isZero() {
        return numerator.isZero();
    }

    /** this · o. */
    public RationalFunction multiply(RationalFunction o) {
        Map<Polynomial, Integer> d = denominatorFactors();
        List<Sym> vs = commonVars(o);
        Map<Polynomial, Integer> merged = new LinkedHashMap<>();
        for (Map.Entry<Polynomial, Integer> en : d.entrySet()) {
            merged.merge(en.getKey().withVariables(vs), en.getValue(), Integer::sum);
        }
        for (int i = 0; i < o.factors.size(); i++) {
            merged.merge(o.factors.get(i).withVariables(vs), o.powers[i], Integer::sum);
        }
        return build(numerator.withVariables(vs).multiply(o.numerator.withVariables(vs)), merged);
    }

    /** this + o, over the least common multiple of the factored denominators. */
    public RationalFunction add(RationalFunction o) {
        List<Sym> vs = commonVars(o);
        Map<Polynomial, Integer> a = factorsIn(vs);
        Map<Polynomial, Integer> b = o.factorsIn(vs);
        Map<Polynomial, Integer> lcm = new LinkedHashMap<>(a);
        b.forEach((f, k) -> lcm.merge(f, k, Math::max));
        Polynomial pa = numerator.withVariables(vs);
        Polynomial pb = o.numerator.withVariables(vs);
        for (Map.Entry<Polynomial, Integer> en : lcm.entrySet()) {
            int ka = en.getValue() - a.getOrDefault(en.getKey(), 0);
            int kb = en.getValue() - b.getOrDefault(en.getKey(), 0);
            if (ka > 0) {
                pa = pa.multiply(en.getKey().pow(ka));
            }
            if (kb > 0) {
                pb = pb.multiply(en.getKey().pow(kb));
            }
        }
        return build(pa.add(pb), lcm);
    }

    /** this − o. */
    public RationalFunction subtract(RationalFunction o) {
        return add(o.negate());
    }

    /** −this. */
    public RationalFunction negate() {
        return new RationalFunction(numerator.negate(), factors, powers);
    }

    /**
     * 1/this.
     *
     * @throws ArithmeticException if this is zero
     */
    public RationalFunction reciprocal() {
        if (isZero()) {
            throw new ArithmeticException("Division by the zero rational function");
        }
        Map<Polynomial, Integer> d = new LinkedHashMap<>();
        Polynomial top = denominator();
        if (numerator.isConstant()) {
            return build(top.scale(numerator.leadingCoefficient().reciprocal()), d);
        }
        Rational c = numerator.content();
        d.put(numerator.primitive(), 1);
        return build(top.scale(c.reciprocal()), d);
    }

    /**
     * this / o.
     *
     * @throws ArithmeticException if o is zero
     */
    public RationalFunction divide(RationalFunction o) {
        return multiply(o.reciprocal());
    }

    /** this^n for any integer n (negative: the reciprocal's power). */
    public RationalFunction pow(int n) {
        if (n < 0) {
            return reciprocal().pow(-n);
        }
        Map<Polynomial, Integer> d = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            d.put(factors.get(i), powers[i] * n);
        }
        return build(numerator.pow(n), d);
    }

    /**
     * The exact value at a rational point.
     *
     * @throws ArithmeticException if the denominator vanishes there
     * @throws IllegalArgumentException if a variable has no value
     */
    public Rational evaluate(Map<Sym, Rational> point) {
        Rational den = Rational.ONE;
        for (int i = 0; i < factors.size(); i++) {
            den = den.multiply(factors.get(i).evaluate(point).pow(powers[i]));
        }
        if (den.isZero()) {
            throw new ArithmeticException("The denominator of " + this + " vanishes at " + point);
        }
        return numerator.evaluate(point).divide(den);
    }

    /** The expression p · Π fᵢ^(−kᵢ). */
    public Expr toExpr() {
        List<Expr> fs = new ArrayList<>();
        fs.add(numerator.toExpr());
        for (int i = 0; i < factors.size(); i++) {
            fs.add(Pow.of(factors.get(i).toExpr(), Num.of(-powers[i])));
        }
        return Mul.of(fs);
    }

    private List<Sym> commonVars(RationalFunction o) {
        List<Sym> vs = new ArrayList<>(numerator.variables());
        for (Sym s : o.numerator.variables()) {
            if (!vs.contains(s)) {
                vs.add(s);
            }
        }
        return vs;
    }

    private Map<Polynomial, Integer> factorsIn(List<Sym> vs) {
        Map<Polynomial, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            m.put(factors.get(i).withVariables(vs), powers[i]);
        }
        return m;
    }

    /** Normalises factors (primitive, non-constant) and cancels those dividing the numerator. */
    private static RationalFunction build(Polynomial num, Map<Polynomial, Integer> den) {
        if (num.isZero()) {
            return of(num);
        }
        Map<Polynomial, Integer> norm = new LinkedHashMap<>();
        for (Map.Entry<Polynomial, Integer> en : den.entrySet()) {
            Polynomial f = en.getKey();
            int k = en.getValue();
            if (k == 0) {
                continue;
            }
            if (f.isZero()) {
                throw new ArithmeticException("Division by the zero polynomial");
            }
            Rational c = f.content();
            num = num.scale(c.pow(-k));
            if (!f.isConstant()) {
                norm.merge(f.primitive(), k, Integer::sum);
            }
        }
        List<Polynomial> fs = new ArrayList<>();
        List<Integer> ks = new ArrayList<>();
        for (Map.Entry<Polynomial, Integer> en : norm.entrySet()) {
            Polynomial f = en.getKey();
            int k = en.getValue();
            while (k > 0) {
                DivisionResult r = num.divide(f);
                if (!r.remainder().isZero()) {
                    break;
                }
                num = r.quotient();
                k--;
            }
            if (k > 0) {
                fs.add(f);
                ks.add(k);
            }
        }
        return new RationalFunction(
                num, List.copyOf(fs), ks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Equal as functions: p₁·q₂ = p₂·q₁. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RationalFunction)) {
            return false;
        }
        RationalFunction r = (RationalFunction) o;
        Polynomial lhs = numerator.multiply(r.denominator());
        Polynomial rhs = r.numerator.multiply(denominator());
        Polynomial[] u = lhs.unify(rhs);
        return u[0].subtract(u[1]).isZero();
    }

    /** A constant: equality is by value, which no cheap hash of the representation respects. */
    @Override
    public int hashCode() {
        return 17;
    }

    /** The text form of {@link #toExpr()}. */
    @Override
    public String toString() {
        return toExpr().toString();
    }

    @Override
    public String latex() {
        return toExpr().latex();
    }
}
