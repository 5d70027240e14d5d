package org.paramlab.symbolic;

import java.util.List;

/** Folding at exact points and the derivative formulas of the built-in function ops. */
final class Builtins {
    private Builtins() {}

    /** The folded value of {@code op(args)}, or null when it stays a call. */
    static Expr fold(Op op, List<Expr> args) {
        boolean allDoubles = true;
        for (Expr a : args) {
            allDoubles &= a instanceof Num && !((Num) a).isExact();
        }
        if (allDoubles && op.hasNumeric()) {
            double[] v = new double[args.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Num) args.get(i)).doubleValue();
            }
            return Num.of(op.apply(v));
        }
        if (!op.isBuiltin() || !(args.get(0) instanceof Num)) {
            return null;
        }
        Num x = (Num) args.get(0);
        if (op == Op.ABS) {
            return x.signum() < 0 ? x.neg() : x;
        }
        if (op == Op.SIGN && x.isExact()) {
            return Num.of(x.signum());
        }
        if (x.isZero()) {
            if (op == Op.SIN
                    || op == Op.TAN
                    || op == Op.ASIN
                    || op == Op.ATAN
                    || op == Op.SINH
                    || op == Op.TANH) {
                return Num.ZERO;
            }
            if (op == Op.COS || op == Op.COSH || op == Op.EXP) {
                return Num.ONE;
            }
        }
        if (x.isOne() && (op == Op.LOG || op == Op.ACOS)) {
            return Num.ZERO;
        }
        return null;
    }

    private static Expr x(List<Expr> a) {
        return a.get(0);
    }

    static Expr dSin(int i, List<Expr> a) {
        return Expr.cos(x(a));
    }

    static Expr dCos(int i, List<Expr> a) {
        return Expr.sin(x(a)).negate();
    }

    static Expr dTan(int i, List<Expr> a) {
        return Expr.tan(x(a)).pow(2).plus(1);
    }

    static Expr dAsin(int i, List<Expr> a) {
        return Num.ONE.minus(x(a).pow(2)).pow(Num.of(-1, 2));
    }

    static Expr dAcos(int i, List<Expr> a) {
        return dAsin(i, a).negate();
    }

    static Expr dAtan(int i, List<Expr> a) {
        return x(a).pow(2).plus(1).pow(-1);
    }

    static Expr dSinh(int i, List<Expr> a) {
        return Op.COSH.of(x(a));
    }

    static Expr dCosh(int i, List<Expr> a) {
        return Op.SINH.of(x(a));
    }

    static Expr dTanh(int i, List<Expr> a) {
        return Num.ONE.minus(Expr.tanh(x(a)).pow(2));
    }

    static Expr dExp(int i, List<Expr> a) {
        return Expr.exp(x(a));
    }

    static Expr dLog(int i, List<Expr> a) {
        return x(a).pow(-1);
    }

    static Expr dAbs(int i, List<Expr> a) {
        return Op.SIGN.of(x(a));
    }
}
