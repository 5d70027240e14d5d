package org.paramlab.lm.model;

/** How token positions enter the model. */
public enum PositionKind {
    /** A learned vector per position added to the token embedding (GPT-2). */
    LEARNED,
    /**
     * Rotary embeddings applied to queries and keys (Su et al., RoFormer, 2021, arXiv:2104.09864);
     * see {@link Rope}.
     */
    ROPE
}
