package org.paramlab.symbolic.trace;

/**
 * A {@link Real} holding a double: running generic code on it computes ordinary numbers, with the
 * same operations as hand-written {@code double} code (integer powers by repeated multiplication,
 * as {@link org.paramlab.symbolic.Powers}).
 */
public final class DoubleReal implements Real<DoubleReal> {
    private final double v;

    private DoubleReal(double v) {
        this.v = v;
    }

    /** The number v. */
    public static DoubleReal of(double v) {
        return new DoubleReal(v);
    }

    /** Each value wrapped. */
    public static DoubleReal[] wrap(double[] values) {
        DoubleReal[] out = new DoubleReal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new DoubleReal(values[i]);
        }
        return out;
    }

    /**
     * The values of the numbers.
     *
     * @throws IllegalArgumentException if an entry is null (an output the code did not assign)
     */
    public static double[] values(DoubleReal[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == null) {
                throw new IllegalArgumentException(
                        "Entry " + i + " was never assigned by the code that was run");
            }
            out[i] = xs[i].v;
        }
        return out;
    }

    @Override
    public DoubleReal plus(DoubleReal o) {
        return new DoubleReal(v + o.v);
    }

    @Override
    public DoubleReal plus(double c) {
        return new DoubleReal(v + c);
    }

    @Override
    public DoubleReal minus(DoubleReal o) {
        return new DoubleReal(v - o.v);
    }

    @Override
    public DoubleReal minus(double c) {
        return new DoubleReal(v - c);
    }

    @Override
    public DoubleReal times(DoubleReal o) {
        return new DoubleReal(v * o.v);
    }

    @Override
    public DoubleReal times(double c) {
        return new DoubleReal(v * c);
    }

    @Override
    public DoubleReal div(DoubleReal o) {
        return new DoubleReal(v / o.v);
    }

    @Override
    public DoubleReal div(double c) {
        return new DoubleReal(v / c);
    }

    @Override
    public DoubleReal negate() {
        return new DoubleReal(-v);
    }

    @Override
    public DoubleReal square() {
        return new DoubleReal(v * v);
    }

    @Override
    public DoubleReal pow(int n) {
        return new DoubleReal(org.paramlab.symbolic.Powers.integerPower(v, n));
    }

    @Override
    public DoubleReal pow(double p) {
        return new DoubleReal(Math.pow(v, p));
    }

    @Override
    public DoubleReal sqrt() {
        return new DoubleReal(Math.sqrt(v));
    }

    @Override
    public DoubleReal exp() {
        return new DoubleReal(Math.exp(v));
    }

    @Override
    public DoubleReal log() {
        return new DoubleReal(Math.log(v));
    }

    @Override
    public DoubleReal sin() {
        return new DoubleReal(Math.sin(v));
    }

    @Override
    public DoubleReal cos() {
        return new DoubleReal(Math.cos(v));
    }

    @Override
    public DoubleReal tanh() {
        return new DoubleReal(Math.tanh(v));
    }

    @Override
    public DoubleReal abs() {
        return new DoubleReal(Math.abs(v));
    }

    @Override
    public DoubleReal constant(double c) {
        return new DoubleReal(c);
    }

    @Override
    public double value() {
        return v;
    }

    /** The value as text. */
    @Override
    public String toString() {
        return Double.toString(v);
    }
}
