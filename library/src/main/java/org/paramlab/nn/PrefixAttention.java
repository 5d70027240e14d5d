package org.paramlab.nn;

import ai.djl.nn.Block;

/**
 * An attention block that takes learned key and value prefixes: after its usual inputs {@code (x
 * (B, T, H), mask (B, 1, 1, T))} it accepts a key prefix {@code (P, H)} and a value prefix {@code
 * (P, H)} that every query attends to, unmasked, as prefix tuning's {@code past_key_values} (Li and
 * Liang, ACL 2021, arXiv:2101.00190, §4.2). Prefix-tuning adapters wrap blocks of this kind.
 */
public interface PrefixAttention extends Block {
    /** Width {@code H} of the keys and values. */
    int hiddenSize();

    /** Number of attention heads. */
    int numHeads();
}
