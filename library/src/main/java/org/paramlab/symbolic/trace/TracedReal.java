package org.paramlab.symbolic.trace;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;

/**
 * A {@link Real} that records what is computed with it as an {@link Expr}: running generic code on
 * traced inputs returns the symbolic expressions of its outputs (see {@link Tracer}). Literal
 * doubles that are whole numbers below 2⁵³ become exact integers ({@code 4.0 → 4}), others stay
 * doubles, so the traced expression evaluates to the same numbers as the code, up to the round-off
 * of reordering (sums and products are kept in canonical order).
 */
public final class TracedReal implements Real<TracedReal> {
    private final Expr e;

    private TracedReal(Expr e) {
        this.e = e;
    }

    /** The traced number standing for {@code e}. */
    public static TracedReal of(Expr e) {
        return new TracedReal(e);
    }

    /** The recorded expression. */
    public Expr expr() {
        return e;
    }

    /** A literal as a number: exact for whole numbers below 2⁵³, else a double. */
    static Num literal(double c) {
        if (c == Math.rint(c) && Math.abs(c) < 0x1p53) {
            return Num.of((long) c);
        }
        return Num.of(c);
    }

    @Override
    public TracedReal plus(TracedReal o) {
        return new TracedReal(e.plus(o.e));
    }

    @Override
    public TracedReal plus(double c) {
        return new TracedReal(e.plus(literal(c)));
    }

    @Override
    public TracedReal minus(TracedReal o) {
        return new TracedReal(e.minus(o.e));
    }

    @Override
    public TracedReal minus(double c) {
        return new TracedReal(e.minus(literal(c)));
    }

    @Override
    public TracedReal times(TracedReal o) {
        return new TracedReal(e.times(o.e));
    }

    @Override
    public TracedReal times(double c) {
        return new TracedReal(e.times(literal(c)));
    }

    @Override
    public TracedReal div(TracedReal o) {
        return new TracedReal(e.div(o.e));
    }

    @Override
    public TracedReal div(double c) {
        return new TracedReal(e.div(literal(c)));
    }

    @Override
    public TracedReal negate() {
        return new TracedReal(e.negate());
    }

    @Override
    public TracedReal square() {
        return new TracedReal(e.pow(2));
    }

    @Override
    public TracedReal pow(int n) {
        return new TracedReal(e.pow(n));
    }

    @Override
    public TracedReal pow(double p) {
        return new TracedReal(e.pow(literal(p)));
    }

    @Override
    public TracedReal sqrt() {
        return new TracedReal(Expr.sqrt(e));
    }

    @Override
    public TracedReal exp() {
        return new TracedReal(Expr.exp(e));
    }

    @Override
    public TracedReal log() {
        return new TracedReal(Expr.log(e));
    }

    @Override
    public TracedReal sin() {
        return new TracedReal(Expr.sin(e));
    }

    @Override
    public TracedReal cos() {
        return new TracedReal(Expr.cos(e));
    }

    @Override
    public TracedReal tanh() {
        return new TracedReal(Expr.tanh(e));
    }

    @Override
    public TracedReal abs() {
        return new TracedReal(Expr.abs(e));
    }

    @Override
    public TracedReal constant(double c) {
        return new TracedReal(literal(c));
    }

    /**
     * The value of a constant.
     *
     * @throws IllegalStateException if the expression has symbols: traced code cannot branch on
     *     values
     */
    @Override
    public double value() {
        if (e instanceof Num) {
            return ((Num) e).doubleValue();
        }
        throw new IllegalStateException(
                "A traced number has no value ("
                        + e
                        + "); code that is traced must not branch on values, only on sizes and"
                        + " constants");
    }

    /** The expression's text. */
    @Override
    public String toString() {
        return e.toString();
    }
}
