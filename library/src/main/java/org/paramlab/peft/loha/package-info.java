/**
 * LoHa, the low-rank Hadamard-product update: Hyeon-Woo, Ye-Bin, Oh. FedPara: Low-Rank Hadamard
 * Product for Communication-Efficient Federated Learning. ICLR 2022, arXiv:2108.06098; adopted for
 * fine-tuning by LyCORIS (Yeh et al., ICLR 2024, arXiv:2309.14859) and HF PEFT.
 *
 * <p>{@code ΔW = (α/r)·(W₁ₐW₁ᵦ) ⊙ (W₂ₐW₂ᵦ)}: two rank-r products multiplied element-wise reach rank
 * r² with {@code 2r(in + out)} parameters. Defaults are HF PEFT's (r = 8, α = 8, one factor zero at
 * the start); targets default to LoRA's {@code query} and {@code value}.
 */
package org.paramlab.peft.loha;
