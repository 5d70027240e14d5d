package org.paramlab.stats.sensing;

/** How the unknown matrix is parameterized (Xiong, Ding and Du, ICLR 2024, arXiv:2310.01769). */
public enum Factorization {
    /**
     * M = XXᵀ with X of shape (n, k), for a positive semi-definite M*. Gradient descent on L(X) =
     * ¼‖𝒜(XXᵀ) − y‖² reads X ← X − η·sym(𝒜*𝒜(XXᵀ − M*))·X. With k &gt; r the paper proves an
     * Ω(1/T²) lower bound on the loss (Theorem 1.1), i.e. ‖XXᵀ − M*‖_F ≳ 1/T.
     */
    SYMMETRIC,
    /**
     * M = FGᵀ with F, G of shape (n, k). Gradient descent on L(F, G) = ½‖𝒜(FGᵀ) − y‖² reads F ← F
     * − η·EG, G ← G − η·EᵀF with E = 𝒜*𝒜(FGᵀ − M*). With k &gt; r the paper proves linear
     * convergence at rate exp(−Ω(α²T)) (Theorem 1.3).
     */
    ASYMMETRIC;

    /** {@code sym} or {@code asym}, for legends. */
    public String shortName() {
        return this == SYMMETRIC ? "sym" : "asym";
    }
}
