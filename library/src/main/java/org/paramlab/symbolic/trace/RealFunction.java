package org.paramlab.symbolic.trace;

/**
 * Generic numeric code from n inputs to m outputs: {@code apply(x, y)} reads {@code x} and assigns
 * every entry of {@code y}. Implement it with a method reference to a generic static method (Java
 * lambdas cannot be generic), e.g. {@code Tracer.trace(Brusselator::rhs, n, n)} for {@code static
 * <T extends Real<T>> void rhs(T[] u, T[] du)}.
 */
@FunctionalInterface
public interface RealFunction {
    /** Computes {@code y} from {@code x}. */
    <T extends Real<T>> void apply(T[] x, T[] y);
}
