package org.paramlab.lm.model;

/**
 * The normalisation Θ that turns Pattention's scores A = X·K_Pᵀ (one row per input token, one
 * column per parameter token) into weights, as in TokenFormer's repository ({@code
 * megatron/model/tokenformer.py}, {@code nonlinear_norm_func}). τ is the layer's scale, √n₀ for the
 * token count n₀ it was created with:
 *
 * <ul>
 *   <li>{@link #SOFTMAX}: exp(A)/‖exp(A)‖₁·τ² (softmax times n₀).
 *   <li>{@link #GELU_L2}: GELU(A)/‖GELU(A)‖₂·τ.
 *   <li>{@link #L2_GELU}: GELU(A/‖A‖₂·τ), the paper's modified softmax (Eq. 5; Wang et al.,
 *       TokenFormer, ICLR 2025, arXiv:2410.23168) and the repository's default.
 * </ul>
 *
 * <p>Norms are taken over the parameter-token axis, row by row. A zero-initialised parameter token
 * scores 0, and GELU(0) = 0, so with both GELU variants it adds nothing and leaves every norm
 * unchanged: growth by zero tokens preserves the function exactly as long as τ is kept. With
 * softmax, exp(0) = 1 adds to the L1 norm, so growth changes the output.
 */
public enum PattentionNorm {
    /** exp(A)/‖exp(A)‖₁·τ². */
    SOFTMAX,
    /** GELU(A)/‖GELU(A)‖₂·τ. */
    GELU_L2,
    /** GELU(A/‖A‖₂·τ). */
    L2_GELU
}
