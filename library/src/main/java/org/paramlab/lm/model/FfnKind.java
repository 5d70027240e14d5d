package org.paramlab.lm.model;

/** The position-wise feed-forward sub-layer. */
public enum FfnKind {
    /** W₂·GELU(W₁x), hidden width f (GPT-2). */
    GELU,
    /**
     * W₂·(SiLU(W_g x) ⊙ W₁x), hidden width f (Shazeer, "GLU Variants Improve Transformer", 2020,
     * arXiv:2002.05202; used by LLaMA and OpenELM).
     */
    SWIGLU,
    /**
     * One {@link Pattention} layer with f parameter tokens (TokenFormer, Wang et al., 2024,
     * arXiv:2410.23168).
     */
    PATTENTION
}
