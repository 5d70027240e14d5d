package org.paramlab.stats.sensing;

import java.util.Locale;

/**
 * A change to a single step of asymmetric gradient descent; {@link #none()} leaves plain GD.
 *
 * <p>Xiong, Ding and Du (ICLR 2024, arXiv:2310.01769, §5, step (5.1)) propose a method that
 * modifies one step of GD, executed once the iterates are close to the optimum, after which the
 * linear rate no longer depends on the initialization scale α. <b>The exact formula of their step
 * (5.1) could not be read here</b> (only the abstract and the public reviews were reachable), so
 * {@link Rebalance} implements <em>our reading</em> of it, labelled as such wherever it is shown:
 *
 * <p>GD preserves the imbalance FᵀF − GᵀG up to O(η²), and with F₀ ~ α, G₀ ~ α/3 that imbalance is
 * of order α², which sets the slow rate exp(−Ω(α²T)) of the k − r redundant directions. One step
 * that leaves FGᵀ unchanged but makes the imbalance of order σ₁ removes the α dependence:
 *
 * <pre>
 *   S = FᵀF = QΛQᵀ,   β = σ₁(FGᵀ),
 *   F ← √β · F · S^{-1/2},      G ← G · S^{1/2} / √β,
 * </pre>
 *
 * so that FᵀF = βI and FGᵀ is unchanged. It is triggered the first time the observable relative
 * residual ‖𝒜(FGᵀ) − y‖/‖y‖ falls below a threshold, which needs neither M* nor Σ.
 */
public sealed interface Modification permits Modification.None, Modification.Rebalance {

    /** Plain gradient descent, no step modified. */
    static Modification none() {
        return new None();
    }

    /**
     * Our reading of the paper's one-step modification (see the type's Javadoc), triggered when
     * ‖𝒜(FGᵀ) − y‖/‖y‖ ≤ {@code relativeResidual}.
     *
     * @throws IllegalArgumentException unless 0 &lt; relativeResidual &lt; 1
     */
    static Modification rebalance(double relativeResidual) {
        return new Rebalance(relativeResidual);
    }

    /** A short name for tables and legends. */
    String label();

    /** No step is modified. */
    record None() implements Modification {
        /** {@inheritDoc} */
        @Override
        public String label() {
            return "none";
        }
    }

    /**
     * Replaces one GD step by (F, G) ← (√β·F·S^{-1/2}, G·S^{1/2}/√β), S = FᵀF, β = σ₁(FGᵀ): our
     * reading of step (5.1) of the paper, not its verified formula.
     *
     * @param relativeResidual the step is modified the first time ‖𝒜(FGᵀ) − y‖/‖y‖ is at most this
     *     (default 0.01)
     */
    record Rebalance(double relativeResidual) implements Modification {
        /**
         * Validates the trigger.
         *
         * @throws IllegalArgumentException unless 0 &lt; relativeResidual &lt; 1
         */
        public Rebalance {
            if (!(relativeResidual > 0 && relativeResidual < 1)) {
                throw new IllegalArgumentException(
                        "The rebalancing trigger is a relative residual in (0, 1), found "
                                + relativeResidual
                                + "; use e.g. Modification.rebalance(0.01).");
            }
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return String.format(Locale.ROOT, "rebalance(%.3g)", relativeResidual);
        }
    }
}
