/**
 * LoKr, the Kronecker-product update of LyCORIS: Yeh, Hsieh, Gao, Yang, Oh, Gong. Navigating
 * Text-To-Image Customization: From LyCORIS Fine-Tuning to Model Evaluation. ICLR 2024,
 * arXiv:2309.14859 (after KronA, Edalati et al. 2022, arXiv:2212.10650).
 *
 * <p>{@code ΔW = (α/r)·W₁ ⊗ W₂} with {@code W₁} small and full, {@code W₂} low-rank: the Kronecker
 * product's rank is the product of the factors' ranks, so few parameters reach a high rank.
 * Defaults are HF PEFT's (r = 8, α = 8, {@code W₁} zero at the start, the most balanced
 * factorisation); targets default to LoRA's {@code query} and {@code value}.
 */
package org.paramlab.peft.lokr;
