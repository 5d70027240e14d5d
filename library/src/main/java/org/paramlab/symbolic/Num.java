package org.paramlab.symbolic;

import java.util.List;

/**
 * A number: an exact {@link Rational} or a double. Arithmetic between two exact numbers stays
 * exact; any double makes the result a double. {@code -0.0} is stored as {@code 0.0}.
 */
public final class Num extends Expr {
    private final Rational exact; // null for a double
    private final double value;

    /** The exact 0. */
    public static final Num ZERO = intern(new Num(Rational.ZERO));

    /** The exact 1. */
    public static final Num ONE = intern(new Num(Rational.ONE));

    /** The exact −1. */
    public static final Num MINUS_ONE = intern(new Num(Rational.MINUS_ONE));

    /** The exact 1/2. */
    public static final Num HALF = intern(new Num(Rational.HALF));

    /** The exact 2. */
    public static final Num TWO = intern(new Num(Rational.of(2)));

    private Num(Rational exact) {
        super(Hashing.finish(Hashing.mix(1, exact.hashCode())), 1);
        this.exact = exact;
        this.value = exact.doubleValue();
    }

    private Num(double value) {
        super(Hashing.finish(Hashing.mix(2, Double.hashCode(value))), 1);
        this.exact = null;
        this.value = value;
    }

    /**
     * Small integers, kept strongly so that exponent and coefficient arithmetic skips interning.
     */
    private static final Num[] SMALL = new Num[1025 + 128];

    /** The exact integer {@code n}. */
    public static Num of(long n) {
        if (n == 0) {
            return ZERO;
        }
        if (n == 1) {
            return ONE;
        }
        if (n == -1) {
            return MINUS_ONE;
        }
        if (n >= -128 && n <= 1024) {
            int i = (int) n + 128;
            Num cached = SMALL[i];
            if (cached == null) {
                cached = intern(new Num(Rational.of(n)));
                SMALL[i] = cached; // racy but idempotent: interning returns the one node
            }
            return cached;
        }
        return intern(new Num(Rational.of(n)));
    }

    /** The exact rational {@code r}. */
    public static Num of(Rational r) {
        if (r.isZero()) {
            return ZERO;
        }
        if (r.isOne()) {
            return ONE;
        }
        if (r.isSmallInteger()) {
            int v = r.intValueExact();
            if (v >= -128 && v <= 1024) {
                return of((long) v);
            }
        }
        return intern(new Num(r));
    }

    /**
     * The exact fraction {@code p/q}.
     *
     * @throws ArithmeticException if {@code q} is 0
     */
    public static Num of(long p, long q) {
        return of(Rational.of(p, q));
    }

    /** The double {@code v} (an inexact number; {@code 2.0} differs from the exact 2). */
    public static Num of(double v) {
        return intern(new Num(v == 0.0 ? 0.0 : v));
    }

    @Override
    boolean sameNode(Expr other) {
        if (!(other instanceof Num)) {
            return false;
        }
        Num n = (Num) other;
        if (exact != null) {
            return exact.equals(n.exact);
        }
        return n.exact == null && Double.compare(value, n.value) == 0;
    }

    /** True for an exact rational, false for a double. */
    public boolean isExact() {
        return exact != null;
    }

    /**
     * The exact value.
     *
     * @throws IllegalStateException if this is a double
     */
    public Rational rational() {
        if (exact == null) {
            throw new IllegalStateException(
                    value + " is a double, not an exact rational; check isExact() first");
        }
        return exact;
    }

    /** The value as a double (exact rationals rounded to nearest). */
    public double doubleValue() {
        return value;
    }

    /** True for an exact integer. */
    public boolean isInteger() {
        return exact != null && exact.isInteger();
    }

    /** True for an exact integer in the {@code int} range. */
    public boolean isSmallInteger() {
        return exact != null && exact.isSmallInteger();
    }

    /** −1, 0 or 1 (0 for NaN). */
    public int signum() {
        return exact != null ? exact.signum() : (int) Math.signum(value);
    }

    /** True for the exact −1. */
    public boolean isMinusOne() {
        return exact != null && exact.isMinusOne();
    }

    /** True for an exact 0 or a double 0.0. */
    public boolean isAnyZero() {
        return exact != null ? exact.isZero() : value == 0.0;
    }

    @Override
    public boolean isZero() {
        return exact != null && exact.isZero();
    }

    @Override
    public boolean isOne() {
        return exact != null && exact.isOne();
    }

    @Override
    public boolean isAtom() {
        return true;
    }

    @Override
    public boolean isNumber() {
        return true;
    }

    /** this + o. */
    public Num add(Num o) {
        if (exact != null && o.exact != null) {
            if (exact.isSmallInteger() && o.exact.isSmallInteger()) {
                return of((long) exact.intValueExact() + o.exact.intValueExact());
            }
            return of(exact.add(o.exact));
        }
        return of(value + o.value);
    }

    /** this · o. */
    public Num mul(Num o) {
        if (exact != null && o.exact != null) {
            return of(exact.multiply(o.exact));
        }
        return of(value * o.value);
    }

    /**
     * this / o.
     *
     * @throws ArithmeticException if {@code o} is the exact 0
     */
    public Num divide(Num o) {
        if (exact != null && o.exact != null) {
            return of(exact.divide(o.exact));
        }
        return of(value / o.value);
    }

    /** −this. */
    public Num neg() {
        return exact != null ? of(exact.negate()) : of(-value);
    }

    @Override
    public Op op() {
        return Op.NUMBER;
    }

    @Override
    public List<Expr> args() {
        return List.of();
    }

    @Override
    public Expr withArgs(List<Expr> args) {
        Atoms.checkNoArgs(this, args);
        return this;
    }

    /** The exact value or the double, compared numerically then exact before double. */
    int compareValue(Num o) {
        if (exact != null && o.exact != null) {
            return exact.compareTo(o.exact);
        }
        int c = Double.compare(value, o.value);
        if (c != 0) {
            return c;
        }
        return Boolean.compare(o.exact != null, exact != null);
    }
}
