package org.paramlab.symbolic;

import java.util.IdentityHashMap;
import java.util.Map;

/** Evaluates an expression on doubles, each distinct subterm once. */
final class DoubleEvaluator {
    private final Map<? extends Expr, ? extends Number> values;
    private final IdentityHashMap<Expr, Double> memo = new IdentityHashMap<>();

    DoubleEvaluator(Map<? extends Expr, ? extends Number> values) {
        this.values = values;
    }

    double eval(Expr e) {
        if (e instanceof Num) {
            return ((Num) e).doubleValue();
        }
        Number bound = values.get(e);
        if (bound != null) {
            return bound.doubleValue();
        }
        if (e instanceof Sym) {
            throw new IllegalArgumentException(
                    "No value for the symbol " + e + "; add it to the map of values");
        }
        if (e instanceof Wild) {
            throw new IllegalArgumentException(
                    "The pattern variable " + e + " has no value; patterns cannot be evaluated");
        }
        Double done = memo.get(e);
        if (done != null) {
            return done;
        }
        double v;
        if (e instanceof Add) {
            Add a = (Add) e;
            v = a.constant().doubleValue();
            for (int i = 0; i < a.size(); i++) {
                v += a.coefficient(i).doubleValue() * eval(a.term(i));
            }
        } else if (e instanceof Mul) {
            Mul m = (Mul) e;
            v = m.coefficient().doubleValue();
            for (int i = 0; i < m.size(); i++) {
                v *= power(eval(m.base(i)), m.exponent(i));
            }
        } else if (e instanceof Pow) {
            Pow p = (Pow) e;
            v = power(eval(p.base()), p.exponent());
        } else {
            double[] args = new double[e.arity()];
            for (int i = 0; i < args.length; i++) {
                args[i] = eval(e.arg(i));
            }
            v = e.op().apply(args);
        }
        memo.put(e, v);
        return v;
    }

    private double power(double b, Expr exponent) {
        if (exponent instanceof Num) {
            Num n = (Num) exponent;
            if (n.isSmallInteger()) {
                int k = n.rational().intValueExact();
                switch (k) {
                    case 1:
                        return b;
                    case 2:
                        return b * b;
                    case -1:
                        return 1 / b;
                    default:
                        return Math.pow(b, k);
                }
            }
            if (n.isExact() && n.rational().equals(Rational.HALF)) {
                return Math.sqrt(b);
            }
            return Math.pow(b, n.doubleValue());
        }
        return Math.pow(b, eval(exponent));
    }
}
