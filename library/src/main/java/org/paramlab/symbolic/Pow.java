package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * A power {@code base^exponent} in canonical form. On construction: x^0 = 1, x^1 = x, 1^x = 1,
 * exact numbers are raised exactly (4^(1/2) = 2; 2^(1/2) stays a power and 2^(3/2) is 2·2^(1/2), so
 * numeric powers keep a fractional exponent in (0, 1); powers of different numeric bases are not
 * combined, so 2^(1/2)·8^(1/2) stays as it is), and an integer exponent distributes over a product
 * and multiplies an inner exponent: (2·x·y)^2 = 4·x^2·y^2, (x^a)^3 = x^(3a). Non-integer exponents
 * are not pushed inward, because (x^2)^(1/2) is |x|, not x. Square roots are powers with exponent
 * 1/2.
 */
public final class Pow extends Expr {
    /** Integer exponents above this are left unevaluated on exact numbers. */
    private static final int MAX_EXACT_EXPONENT = 4096;

    private final Expr base;
    private final Expr exp;

    private Pow(Expr base, Expr exp) {
        super(
                Hashing.finish(Hashing.mix(Hashing.mix(7, base.hashCode()), exp.hashCode())),
                Hashing.addSize(1, Hashing.addSize(base.treeSize(), exp.treeSize())));
        this.base = base;
        this.exp = exp;
    }

    /** An already canonical power (caller guarantees the invariants). */
    static Expr raw(Expr base, Expr exp) {
        return intern(new Pow(base, exp));
    }

    /**
     * base^exp, canonicalised.
     *
     * @throws ArithmeticException for the exact 0 raised to a negative number
     */
    public static Expr of(Expr base, Expr exp) {
        if (exp.isZero()) {
            return Num.ONE;
        }
        if (exp.isOne()) {
            return base;
        }
        if (base.isOne()) {
            return Num.ONE;
        }
        if (base instanceof Num && exp instanceof Num) {
            return numberPower((Num) base, (Num) exp);
        }
        if (base.isZero() && exp instanceof Num) {
            return numberPower((Num) base, (Num) exp);
        }
        if (exp instanceof Num && ((Num) exp).isInteger()) {
            Num n = (Num) exp;
            if (base instanceof Pow) {
                Pow p = (Pow) base;
                return of(p.base, Mul.of(p.exp, n));
            }
            if (base instanceof Mul) {
                Mul m = (Mul) base;
                List<Expr> factors = new ArrayList<>(m.size() + 1);
                factors.add(numberPower(m.coefficient(), n));
                for (int i = 0; i < m.size(); i++) {
                    factors.add(of(m.base(i), Mul.of(m.exponent(i), n)));
                }
                return Mul.of(factors);
            }
        }
        return raw(base, exp);
    }

    /**
     * b^e for numbers: exact where the result is rational, else a double or an unevaluated power.
     */
    static Expr numberPower(Num b, Num e) {
        if (!b.isExact() || !e.isExact()) {
            return Num.of(Math.pow(b.doubleValue(), e.doubleValue()));
        }
        Rational rb = b.rational();
        Rational re = e.rational();
        if (rb.isZero()) {
            if (re.signum() < 0) {
                throw new ArithmeticException("Division by zero: 0^(" + re + ")");
            }
            return Num.ZERO;
        }
        if (rb.isOne() || re.isZero()) {
            return Num.ONE;
        }
        if (rb.isMinusOne() && re.isInteger()) {
            return re.numerator().testBit(0) ? Num.MINUS_ONE : Num.ONE;
        }
        if (re.isSmallInteger() && Math.abs(re.intValueExact()) <= MAX_EXACT_EXPONENT) {
            return Num.of(rb.pow(re.intValueExact()));
        }
        if (!re.isInteger()
                && re.denominator().bitLength() < 31
                && re.numerator().abs().bitLength() < 13) {
            Rational root = rb.exactRoot(re.denominator().intValue());
            if (root != null) {
                return Num.of(root.pow(re.numerator().intValue()));
            }
            if (rb.signum() > 0) {
                // b^(k + r/q) = b^k · b^(r/q) with 0 < r < q, so 2^(3/2) is 2*sqrt(2)
                java.math.BigInteger[] kr = re.numerator().divideAndRemainder(re.denominator());
                int k = kr[0].intValue();
                java.math.BigInteger r = kr[1];
                if (r.signum() < 0) {
                    r = r.add(re.denominator());
                    k--;
                }
                if (k != 0) {
                    Expr fraction = raw(b, Num.of(Rational.of(r, re.denominator())));
                    return Mul.of(Num.of(rb.pow(k)), fraction);
                }
            }
        }
        return raw(b, e);
    }

    @Override
    boolean sameNode(Expr other) {
        return other instanceof Pow && ((Pow) other).base == base && ((Pow) other).exp == exp;
    }

    /** The base. */
    public Expr base() {
        return base;
    }

    /** The exponent. */
    public Expr exponent() {
        return exp;
    }

    @Override
    public Op op() {
        return Op.POW;
    }

    @Override
    public List<Expr> args() {
        return List.of(base, exp);
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Expr withArgs(List<Expr> args) {
        if (args.size() != 2) {
            throw new IllegalArgumentException(
                    "A power takes 2 arguments (base, exponent), found " + args.size());
        }
        return of(args.get(0), args.get(1));
    }
}
