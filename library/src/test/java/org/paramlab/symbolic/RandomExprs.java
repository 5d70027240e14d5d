package org.paramlab.symbolic;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random expressions and evaluation points for property tests. */
public final class RandomExprs {
    private final Random rng;
    private final boolean withDoubles;

    /** A generator with the given seed; doubles appear only when asked for. */
    public RandomExprs(long seed, boolean withDoubles) {
        this.rng = new Random(seed);
        this.withDoubles = withDoubles;
    }

    /** A user function qf(a, b) = a² + a·b with its partial derivatives. */
    public static final Op QF =
            Op.define(
                    "qf",
                    2,
                    a -> a[0] * a[0] + a[0] * a[1],
                    (i, a) -> i == 0 ? a.get(0).times(2).plus(a.get(1)) : a.get(0));

    /** The symbols used. */
    public static final List<Sym> VARS = Sym.list("x", "y", "z");

    /** A random expression of at most the given depth. */
    public Expr next(int depth) {
        if (depth == 0 || rng.nextInt(4) == 0) {
            return leaf();
        }
        switch (rng.nextInt(9)) {
            case 0:
            case 1:
                return next(depth - 1).plus(next(depth - 1));
            case 2:
                return next(depth - 1).minus(next(depth - 1));
            case 3:
            case 4:
                return next(depth - 1).times(next(depth - 1));
            case 5:
                {
                    Expr d = next(depth - 1);
                    return d.isZero() ? d : next(depth - 1).div(d);
                }
            case 6:
                {
                    Expr b = next(depth - 1);
                    int[] es = {2, 3, -1, -2};
                    Expr e =
                            rng.nextInt(5) == 0 ? Num.of(1, 2) : Num.of(es[rng.nextInt(es.length)]);
                    if (b.isZero() && e instanceof Num && ((Num) e).signum() < 0) {
                        return b;
                    }
                    return b.pow(e);
                }
            case 7:
                {
                    Op[] fs = {Op.SIN, Op.COS, Op.EXP, Op.TANH, Op.ATAN};
                    return fs[rng.nextInt(fs.length)].of(next(depth - 1));
                }
            default:
                return QF.of(next(depth - 1), next(depth - 1));
        }
    }

    private Expr leaf() {
        int k = rng.nextInt(8);
        if (k < 4) {
            return VARS.get(rng.nextInt(VARS.size()));
        }
        if (k < 6) {
            return Num.of(rng.nextInt(7) - 3);
        }
        if (k == 6 || !withDoubles) {
            return Num.of(rng.nextInt(9) - 4, 1 + rng.nextInt(5));
        }
        double v = Math.round(rng.nextDouble() * 1000) / 100.0 - 5;
        return Num.of(v == 0 ? 0.25 : v);
    }

    /** A random point with every variable in [lo, hi]. */
    public Map<Sym, Double> point(double lo, double hi) {
        return Map.of(
                VARS.get(0), lo + (hi - lo) * rng.nextDouble(),
                VARS.get(1), lo + (hi - lo) * rng.nextDouble(),
                VARS.get(2), lo + (hi - lo) * rng.nextDouble());
    }

    /** The generator's random source. */
    public Random random() {
        return rng;
    }

    /** True when a and b agree to a relative tolerance, or both are non-finite alike. */
    public static boolean close(double a, double b, double rel) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return true; // outside the domain at this point: nothing to compare
        }
        return Math.abs(a - b) <= rel * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
