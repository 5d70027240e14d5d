package org.paramlab.symbolic;

import java.math.BigInteger;

/**
 * An exact rational number p/q in lowest terms with q &gt; 0, of any size. Small values are held in
 * two {@code long}s and arithmetic falls back to {@link BigInteger} only on overflow, so integer
 * coefficients of everyday expressions cost little.
 *
 * <p>Immutable; {@link #equals} and {@link #hashCode} are by value (2/4 equals 1/2). Division by
 * zero throws {@link ArithmeticException}.
 */
public final class Rational implements Comparable<Rational> {
    /** Zero. */
    public static final Rational ZERO = new Rational(0, 1);

    /** One. */
    public static final Rational ONE = new Rational(1, 1);

    /** Minus one. */
    public static final Rational MINUS_ONE = new Rational(-1, 1);

    /** One half. */
    public static final Rational HALF = new Rational(1, 2);

    // Small form: big == null, value num/den. Big form: bigNum/bigDen set, num/den unused.
    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 1;
        this.bigNum = num;
        this.bigDen = den;
    }

    /** The integer {@code n}. */
    public static Rational of(long n) {
        if (n == 0) {
            return ZERO;
        }
        if (n == 1) {
            return ONE;
        }
        return new Rational(n, 1);
    }

    /** The integer {@code n}. */
    public static Rational of(BigInteger n) {
        return of(n, BigInteger.ONE);
    }

    /**
     * The fraction {@code p/q}, reduced to lowest terms.
     *
     * @throws ArithmeticException if {@code q} is zero
     */
    public static Rational of(long p, long q) {
        if (q == 0) {
            throw new ArithmeticException("Division by zero in the rational " + p + "/0");
        }
        if (p == Long.MIN_VALUE || q == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
        }
        if (q < 0) {
            p = -p;
            q = -q;
        }
        long g = gcd(Math.abs(p), q);
        if (g != 1) {
            p /= g;
            q /= g;
        }
        return q == 1 ? of(p) : new Rational(p, q);
    }

    /**
     * The fraction {@code p/q}, reduced to lowest terms.
     *
     * @throws ArithmeticException if {@code q} is zero
     */
    public static Rational of(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new ArithmeticException("Division by zero in the rational " + p + "/0");
        }
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            p = p.divide(g);
            q = q.divide(g);
        }
        if (p.signum() == 0) {
            return ZERO;
        }
        if (fitsLong(p) && fitsLong(q) && p.longValue() != Long.MIN_VALUE) {
            long pl = p.longValue();
            long ql = q.longValue();
            return ql == 1 ? of(pl) : new Rational(pl, ql);
        }
        return new Rational(p, q);
    }

    /**
     * Parses {@code "3"}, {@code "-7/12"} or a decimal such as {@code "0.125"} (read exactly, as
     * 1/8).
     *
     * @throws NumberFormatException if the text is not one of these forms
     */
    public static Rational parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return of(
                    new BigInteger(s.substring(0, slash).strip()),
                    new BigInteger(s.substring(slash + 1).strip()));
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            java.math.BigDecimal d = new java.math.BigDecimal(s);
            if (d.scale() <= 0) {
                return of(d.toBigIntegerExact());
            }
            return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }
        return of(new BigInteger(s));
    }

    private static boolean fitsLong(BigInteger b) {
        return b.bitLength() < 64;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private boolean small() {
        return bigNum == null;
    }

    /** The numerator (carrying the sign). */
    public BigInteger numerator() {
        return small() ? BigInteger.valueOf(num) : bigNum;
    }

    /** The denominator, always positive. */
    public BigInteger denominator() {
        return small() ? BigInteger.valueOf(den) : bigDen;
    }

    /** True when the denominator is one. */
    public boolean isInteger() {
        return small() ? den == 1 : bigDen.equals(BigInteger.ONE);
    }

    /** True for zero. */
    public boolean isZero() {
        return small() && num == 0;
    }

    /** True for one. */
    public boolean isOne() {
        return small() && num == 1 && den == 1;
    }

    /** True for minus one. */
    public boolean isMinusOne() {
        return small() && num == -1 && den == 1;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return small() ? Long.signum(num) : bigNum.signum();
    }

    /**
     * This integer as an {@code int}.
     *
     * @throws ArithmeticException if this is not an integer in the {@code int} range
     */
    public int intValueExact() {
        if (!isInteger() || !small() || num < Integer.MIN_VALUE || num > Integer.MAX_VALUE) {
            throw new ArithmeticException(this + " is not an int");
        }
        return (int) num;
    }

    /** True when this is an integer that fits an {@code int}. */
    public boolean isSmallInteger() {
        return small() && den == 1 && num >= Integer.MIN_VALUE && num <= Integer.MAX_VALUE;
    }

    /** The nearest double. */
    public double doubleValue() {
        if (small()) {
            return (double) num / (double) den;
        }
        return new java.math.BigDecimal(bigNum)
                .divide(new java.math.BigDecimal(bigDen), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    /** this + o. */
    public Rational add(Rational o) {
        if (small() && o.small()) {
            try {
                if (den == 1 && o.den == 1) {
                    return of(Math.addExact(num, o.num));
                }
                return of(
                        Math.addExact(
                                Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                        Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        return of(
                numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    /** this − o. */
    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    /** this · o. */
    public Rational multiply(Rational o) {
        if (small() && o.small()) {
            try {
                if (den == 1 && o.den == 1) {
                    return of(Math.multiplyExact(num, o.num));
                }
                return of(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    /**
     * this / o.
     *
     * @throws ArithmeticException if {@code o} is zero
     */
    public Rational divide(Rational o) {
        return multiply(o.reciprocal());
    }

    /** −this. */
    public Rational negate() {
        if (small() && num != Long.MIN_VALUE) {
            return num == 0 ? this : (den == 1 ? of(-num) : new Rational(-num, den));
        }
        return of(numerator().negate(), denominator());
    }

    /** |this|. */
    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * 1/this.
     *
     * @throws ArithmeticException if this is zero
     */
    public Rational reciprocal() {
        if (isZero()) {
            throw new ArithmeticException("Division by zero: the reciprocal of 0");
        }
        if (small()) {
            return of(den, num);
        }
        return of(bigDen, bigNum);
    }

    /**
     * this^n for an integer exponent, by repeated squaring.
     *
     * @throws ArithmeticException if this is zero and {@code n} is negative
     */
    public Rational pow(int n) {
        if (n < 0) {
            return reciprocal().pow(-n);
        }
        if (n == 0) {
            return ONE;
        }
        if (isInteger() && small()) {
            long r = 1;
            long b = num;
            int e = n;
            try {
                while (true) {
                    if ((e & 1) != 0) {
                        r = Math.multiplyExact(r, b);
                    }
                    e >>= 1;
                    if (e == 0) {
                        return of(r);
                    }
                    b = Math.multiplyExact(b, b);
                }
            } catch (ArithmeticException overflow) {
                return of(numerator().pow(n));
            }
        }
        return of(numerator().pow(n), denominator().pow(n));
    }

    /**
     * The exact k-th root when this is a perfect k-th power of a rational (e.g. 9/4 and k = 2 give
     * 3/2), otherwise {@code null}. Negative values have a root only for odd k.
     */
    public Rational exactRoot(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("Root index must be positive, got " + k);
        }
        if (k == 1) {
            return this;
        }
        if (signum() < 0) {
            if (k % 2 == 0) {
                return null;
            }
            Rational r = negate().exactRoot(k);
            return r == null ? null : r.negate();
        }
        BigInteger p = integerRoot(numerator(), k);
        BigInteger q = integerRoot(denominator(), k);
        return p == null || q == null ? null : of(p, q);
    }

    private static BigInteger integerRoot(BigInteger n, int k) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE)) {
            return n;
        }
        if (k == 2) {
            BigInteger r = n.sqrt();
            return r.multiply(r).equals(n) ? r : null;
        }
        // Newton's iteration on doubles gives a guess; check neighbours exactly.
        double guess = Math.pow(n.doubleValue(), 1.0 / k);
        if (Double.isInfinite(guess) || n.bitLength() > 1000) {
            return null;
        }
        BigInteger g = BigInteger.valueOf(Math.round(guess));
        for (int d = -1; d <= 1; d++) {
            BigInteger c = g.add(BigInteger.valueOf(d));
            if (c.signum() > 0 && c.pow(k).equals(n)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public int compareTo(Rational o) {
        if (small() && o.small()) {
            try {
                return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return numerator()
                .multiply(o.denominator())
                .compareTo(o.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Rational)) {
            return false;
        }
        Rational r = (Rational) o;
        if (small() != r.small()) {
            return false; // the representation is canonical
        }
        return small()
                ? num == r.num && den == r.den
                : bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
    }

    @Override
    public int hashCode() {
        if (small()) {
            return Long.hashCode(num) * 31 + Long.hashCode(den);
        }
        // Big values never equal small ones, so the hashes need not agree.
        return bigNum.hashCode() * 31 + bigDen.hashCode();
    }

    /** {@code "p"} for integers, {@code "p/q"} otherwise. */
    @Override
    public String toString() {
        if (small()) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }
}
