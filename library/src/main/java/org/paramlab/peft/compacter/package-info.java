/**
 * Compacter and its relatives: Karimi Mahabadi, Henderson, Ruder. Compacter: Efficient Low-Rank
 * Hypercomplex Adapter Layers. NeurIPS 2021, arXiv:2106.04647.
 *
 * <p>A bottleneck adapter {@code h = y + U σ(D y)} whose down and up projections are PHM layers
 * ({@code org.paramlab.hypercomplex}): {@code W = Σᵢ Aᵢ ⊗ Bᵢ} with "slow" rules {@code Aᵢ (n × n)}
 * shared by every adapter of the model and "fast" rank-one blocks {@code Bᵢ = sᵢtᵢᵀ} (§3.2–3.3).
 * Three configurations of {@link org.paramlab.peft.compacter.CompacterConfig}, after the reference
 * repository's {@code compacter.json}, {@code compacter++.json} and {@code phm_adapters.json}:
 * Compacter (adapters after attention and feed-forward, Houlsby's placement), Compacter++ (after
 * the feed-forward only), PHM-Adapter (n = 12, rules per layer, full blocks).
 *
 * <p>Parameters on MiniLM (d = 384, bottleneck k = 12, n = 4, rank 1): each adapter has {@code (k +
 * d) + k + (k + d) + d = 1,188}; Compacter++ has six, plus the two shared rule sets {@code 2·4³},
 * 7,256 in all. HF PEFT has no Compacter: files use PEFT's layout under {@code peft_type =
 * "COMPACTER"} with the reference repository's field names.
 */
package org.paramlab.peft.compacter;
