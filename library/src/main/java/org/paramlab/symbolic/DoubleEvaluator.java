package org.paramlab.symbolic;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Evaluates an expression on doubles, each distinct subterm once. The walk keeps its own stack, so
 * expressions of any depth (such as a traced time-stepping loop) evaluate without overflowing the
 * Java stack. Integer powers use {@link Powers#integerPower}, x^(±1/2) a square root.
 */
final class DoubleEvaluator {
    private final Map<? extends Expr, ? extends Number> values;
    private final IdentityHashMap<Expr, Double> memo = new IdentityHashMap<>();

    DoubleEvaluator(Map<? extends Expr, ? extends Number> values) {
        this.values = values;
    }

    double eval(Expr root) {
        ArrayDeque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.peek();
            if (known(e)) {
                stack.pop();
                continue;
            }
            boolean ready = true;
            for (int i = 0; ; i++) {
                Expr c = child(e, i);
                if (c == null) {
                    break;
                }
                if (!known(c)) {
                    stack.push(c);
                    ready = false;
                }
            }
            if (ready) {
                stack.pop();
                memo.put(e, compute(e));
            }
        }
        return value(root);
    }

    /** True when the value of e needs no computation (a number, a binding, or memoised). */
    private boolean known(Expr e) {
        if (e instanceof Num || memo.containsKey(e) || values.get(e) != null) {
            return true;
        }
        if (e instanceof Sym) {
            throw new IllegalArgumentException(
                    "No value for the symbol " + e + "; add it to the map of values");
        }
        if (e instanceof Wild) {
            throw new IllegalArgumentException(
                    "The pattern variable " + e + " has no value; patterns cannot be evaluated");
        }
        return false;
    }

    private double value(Expr e) {
        if (e instanceof Num) {
            return ((Num) e).doubleValue();
        }
        Number bound = values.get(e);
        if (bound != null) {
            return bound.doubleValue();
        }
        return memo.get(e);
    }

    /**
     * Child i of the nodes compute() reads: terms, bases, exponents, arguments; null past the end.
     */
    private static Expr child(Expr e, int i) {
        if (e instanceof Add) {
            Add a = (Add) e;
            return i < a.size() ? a.term(i) : null;
        }
        if (e instanceof Mul) {
            Mul m = (Mul) e;
            return i < m.size() ? m.base(i) : i < 2 * m.size() ? m.exponent(i - m.size()) : null;
        }
        if (e instanceof Pow) {
            Pow p = (Pow) e;
            return i == 0 ? p.base() : i == 1 ? p.exponent() : null;
        }
        return i < e.arity() ? e.arg(i) : null;
    }

    private double compute(Expr e) {
        if (e instanceof Add) {
            Add a = (Add) e;
            double v = a.constant().doubleValue();
            for (int i = 0; i < a.size(); i++) {
                v += a.coefficient(i).doubleValue() * value(a.term(i));
            }
            return v;
        }
        if (e instanceof Mul) {
            Mul m = (Mul) e;
            double v = m.coefficient().doubleValue();
            for (int i = 0; i < m.size(); i++) {
                v *= power(value(m.base(i)), m.exponent(i));
            }
            return v;
        }
        if (e instanceof Pow) {
            Pow p = (Pow) e;
            return power(value(p.base()), p.exponent());
        }
        double[] args = new double[e.arity()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(e.arg(i));
        }
        return e.op().apply(args);
    }

    private double power(double b, Expr exponent) {
        if (exponent instanceof Num) {
            Num n = (Num) exponent;
            if (n.isSmallInteger()) {
                return Powers.integerPower(b, n.rational().intValueExact());
            }
            if (n.isExact() && n.rational().equals(Rational.HALF)) {
                return Math.sqrt(b);
            }
            if (n.isExact() && n.rational().equals(Rational.HALF.negate())) {
                return 1 / Math.sqrt(b);
            }
            return Math.pow(b, n.doubleValue());
        }
        return Math.pow(b, value(exponent));
    }
}
