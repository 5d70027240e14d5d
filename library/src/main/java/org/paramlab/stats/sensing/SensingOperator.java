package org.paramlab.stats.sensing;

/**
 * A linear measurement operator 𝒜 : ℝ^{rows×cols} → ℝ^m and its adjoint, as in Xiong, Ding and Du,
 * "How Over-Parameterization Slows Down Gradient Descent in Matrix Sensing: The Curses of Symmetry
 * and Initialization", ICLR 2024, arXiv:2310.01769 (the adjoint is defined beside their eq. (2.2)).
 *
 * <p>Matrices are row-major {@code double[]} of length rows·cols; measurement vectors have length
 * {@link #measurements()}. Obtain one from {@link Sensing#operator(int, int)}. The gradient loops
 * only need the normal operator 𝒜*𝒜, which {@link #applyNormal(double[], double[])} evaluates
 * without allocating.
 */
public sealed interface SensingOperator permits IdentitySensing, GaussianSensing {
    /** Rows of the sensed matrices. */
    int rows();

    /** Columns of the sensed matrices. */
    int cols();

    /** m, the length of a measurement vector. */
    int measurements();

    /**
     * 𝒜(M), the measurements of a row-major (rows, cols) matrix.
     *
     * @throws IllegalArgumentException if {@code matrix.length != rows·cols}
     */
    double[] apply(double[] matrix);

    /**
     * 𝒜*(y) = Σᵢ yᵢAᵢ, a row-major (rows, cols) matrix.
     *
     * @throws IllegalArgumentException if {@code y.length != measurements()}
     */
    double[] adjoint(double[] y);

    /**
     * Writes 𝒜*𝒜(M) into {@code out} (both row-major, length rows·cols); allocates nothing.
     * {@code out} must not be {@code matrix}.
     */
    void applyNormal(double[] matrix, double[] out);
}
