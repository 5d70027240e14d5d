package org.paramlab.train;

import java.util.Arrays;
import java.util.Objects;

/**
 * A recorded curve: y (a loss, a rate, a metric) against x (the update number or tokens).
 *
 * @param name what y is, e.g. {@code train loss}
 * @param x the abscissae, increasing
 * @param y the values, one per abscissa
 */
public record MetricCurve(String name, double[] x, double[] y) {
    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public MetricCurve {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "Curve '"
                            + name
                            + "' has "
                            + x.length
                            + " abscissae but "
                            + y.length
                            + " values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** The abscissae (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The values (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    /** The last value, NaN for an empty curve. */
    public double last() {
        return y.length == 0 ? Double.NaN : y[y.length - 1];
    }

    /** The smallest value, NaN for an empty curve. */
    public double min() {
        return Arrays.stream(y).min().orElse(Double.NaN);
    }

    /** The mean of the last {@code count} values (all of them if fewer), NaN if empty. */
    public double meanOfLast(int count) {
        int from = Math.max(0, y.length - Math.max(1, count));
        return Arrays.stream(y, from, y.length).average().orElse(Double.NaN);
    }

    /** This curve with every abscissa multiplied by {@code factor}, e.g. updates to tokens. */
    public MetricCurve scaleX(double factor) {
        return new MetricCurve(name, Arrays.stream(x).map(v -> v * factor).toArray(), y);
    }

    /** {@inheritDoc} */
    @Override
    public boolean equals(Object other) {
        return other instanceof MetricCurve c
                && name.equals(c.name)
                && Arrays.equals(x, c.x)
                && Arrays.equals(y, c.y);
    }

    /** {@inheritDoc} */
    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    /** {@inheritDoc} */
    @Override
    public String toString() {
        return name + " (" + x.length + " points, last " + last() + ")";
    }
}
