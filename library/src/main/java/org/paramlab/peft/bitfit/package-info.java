/**
 * BitFit: Ben Zaken, Ravfogel, Goldberg. BitFit: Simple Parameter-efficient Fine-tuning for
 * Transformer-based Masked Language-models. ACL 2022, arXiv:2106.10199.
 *
 * <p>Only the bias terms train (§2: the biases of the query, key, value and output projections, of
 * both feed-forward layers and the LayerNorm shifts). On all-MiniLM-L6-v2 that is {@code 6·(4·384 +
 * 1536 + 384 + 2·384) + 384 = 25,728} parameters, about 0.11 %. HF PEFT has no BitFit, so its files
 * use PEFT's layout under {@code peft_type = "BITFIT"}.
 */
package org.paramlab.peft.bitfit;
