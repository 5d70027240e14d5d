/**
 * Prefix tuning: Li and Liang. Prefix-Tuning: Optimizing Continuous Prompts for Generation. ACL
 * 2021, arXiv:2101.00190.
 *
 * <p>Every attention layer gets P trained key and value vectors that all queries attend to (§4.1):
 * {@code head = Attn(xW_q, [P_K; xW_k], [P_V; xW_v])}, {@code 2·P·H} parameters per layer (92,160
 * for P = 20 on MiniLM's 6 × 384). This is HF PEFT's default form, without the paper's MLP
 * reparameterisation (§4.3, {@code prefix_projection}); saved as HF's {@code prompt_embeddings}.
 */
package org.paramlab.peft.prefix;
