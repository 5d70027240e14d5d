package org.paramlab.stats.sensing;

import java.util.Locale;

/**
 * Which measurement operator 𝒜 a matrix-sensing experiment observes the ground truth through: the
 * description that goes into a {@link MatrixSensingConfig}, cheap to copy and compare. {@link
 * #operator(int, int)} builds the operator itself.
 *
 * <p>Xiong, Ding and Du (ICLR 2024, arXiv:2310.01769) observe y = 𝒜(M*) with 𝒜(M)ᵢ = ⟨Aᵢ, M⟩ for
 * near-isotropic Aᵢ (the restricted isometry property), and use the adjoint 𝒜*(y) = Σᵢ yᵢAᵢ
 * defined beside their eq. (2.2). Two operators are offered:
 *
 * <ul>
 *   <li>{@link Identity}: 𝒜 = vec, so the loss is the plain Frobenius error (matrix factorization,
 *       the RIP with constant 0);
 *   <li>{@link Gaussian}: m sensing matrices with i.i.d. N(0, 1) entries, scaled by 1/√m so that
 *       E‖𝒜(M)‖² = ‖M‖²_F.
 * </ul>
 */
public sealed interface Sensing permits Sensing.Identity, Sensing.Gaussian {

    /** The identity operator: every entry of M is observed exactly. */
    static Sensing identity() {
        return new Identity();
    }

    /**
     * Gaussian sensing with {@code measurements} matrices drawn from {@code seed}.
     *
     * @throws IllegalArgumentException if {@code measurements < 1}
     */
    static Sensing gaussian(int measurements, long seed) {
        return new Gaussian(measurements, seed);
    }

    /**
     * Builds the operator for (rows, cols) matrices.
     *
     * @throws IllegalArgumentException if rows or cols is below 1
     */
    SensingOperator operator(int rows, int cols);

    /** A short name for tables and legends, e.g. {@code identity} or {@code gaussian(m=800)}. */
    String label();

    /** 𝒜(M) = vec(M): full observation, the matrix-factorization special case. */
    record Identity() implements Sensing {
        /** {@inheritDoc} */
        @Override
        public SensingOperator operator(int rows, int cols) {
            return new IdentitySensing(rows, cols);
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return "identity";
        }
    }

    /**
     * 𝒜(M)ᵢ = ⟨Aᵢ, M⟩/√m for i = 1..m with Aᵢ of i.i.d. N(0, 1) entries, drawn from {@code seed}.
     *
     * @param measurements m, the number of linear measurements
     * @param seed seed of the sensing matrices (independent of the experiment's seed)
     */
    record Gaussian(int measurements, long seed) implements Sensing {
        /**
         * Validates the measurement count.
         *
         * @throws IllegalArgumentException if {@code measurements < 1}
         */
        public Gaussian {
            if (measurements < 1) {
                throw new IllegalArgumentException(
                        "Gaussian sensing needs at least 1 measurement, found "
                                + measurements
                                + "; use e.g. Sensing.gaussian(800, seed) for 20x20 matrices.");
            }
        }

        /** {@inheritDoc} */
        @Override
        public SensingOperator operator(int rows, int cols) {
            return new GaussianSensing(rows, cols, measurements, seed);
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return String.format(Locale.ROOT, "gaussian(m=%d)", measurements);
        }
    }
}
