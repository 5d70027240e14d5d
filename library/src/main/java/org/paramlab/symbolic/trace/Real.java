package org.paramlab.symbolic.trace;

/**
 * The small numeric interface that traceable code is written against: a real number with the
 * arithmetic and elementary functions a simulation step needs. Write a step once as a generic
 * method over {@code T extends Real<T>}; run it on {@link DoubleReal} to get numbers, or on {@link
 * TracedReal} to record the symbolic expression it computes ({@link Tracer}), which can then be
 * differentiated and compiled. This is the tracing idea of Symbolics.jl (Gowda et al., ACM Commun.
 * Comput. Algebra 55(3), 2021, arXiv:2105.03949, §4), where generic Julia code is run on symbolic
 * numbers.
 *
 * <pre>{@code
 * static <T extends Real<T>> void logistic(T[] x, T[] dx) {
 *     dx[0] = x[0].times(x[0].constant(1).minus(x[0])).times(3.5);
 * }
 * }</pre>
 *
 * <p>Code must not branch on values: a traced number has no value ({@link #value()} throws), so
 * control flow has to depend on sizes and constants only, as in a stencil loop.
 *
 * @param <T> the implementing type
 */
public interface Real<T extends Real<T>> {
    /** this + o. */
    T plus(T o);

    /** this + c. */
    T plus(double c);

    /** this − o. */
    T minus(T o);

    /** this − c. */
    T minus(double c);

    /** this · o. */
    T times(T o);

    /** this · c. */
    T times(double c);

    /** this / o. */
    T div(T o);

    /** this / c. */
    T div(double c);

    /** −this. */
    T negate();

    /** this². */
    T square();

    /** this^n. */
    T pow(int n);

    /** this^p for a real exponent. */
    T pow(double p);

    /** √this. */
    T sqrt();

    /** e^this. */
    T exp();

    /** ln this. */
    T log();

    /** sin this. */
    T sin();

    /** cos this. */
    T cos();

    /** tanh this. */
    T tanh();

    /** |this|. */
    T abs();

    /** The constant c as a number of this kind (for literals and accumulators). */
    T constant(double c);

    /**
     * The value as a double.
     *
     * @throws IllegalStateException for a traced number that is not a constant
     */
    double value();
}
