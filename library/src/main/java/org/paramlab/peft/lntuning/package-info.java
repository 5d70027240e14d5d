/**
 * LayerNorm tuning: Zhao, Tu, Wang, Bai, Lin, Hoi. Tuning LayerNorm in Attention: Towards Efficient
 * Multi-Modal LLM Finetuning. ICLR 2024, arXiv:2312.11420 (HF PEFT's {@code LN_TUNING}).
 *
 * <p>Only the scale γ and shift β of the targeted LayerNorms train: {@code y = (x − μ)/σ ⊙ γ + β}.
 * On all-MiniLM-L6-v2, all 13 LayerNorms hold {@code 13·2·384 = 9,984} parameters. Start with
 * {@code Peft.wrap(model, LnTuningConfig.defaults())}.
 */
package org.paramlab.peft.lntuning;
