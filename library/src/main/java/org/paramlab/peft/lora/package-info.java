/**
 * LoRA and its variants: Hu, Shen, Wallis, Allen-Zhu, Li, Wang, Wang, Chen. LoRA: Low-Rank
 * Adaptation of Large Language Models. ICLR 2022, arXiv:2106.09685.
 *
 * <p>Equation (3): {@code h = W₀x + (α/r)·BAx}, with {@code W₀} frozen, {@code A ∈ R^{r×in}} random
 * and {@code B ∈ R^{out×r}} zero at the start, so training starts from the pretrained model. rsLoRA
 * replaces α/r by α/√r (Kalajdzievski 2023, arXiv:2312.03732); DoRA splits the adapted weight into
 * a trained magnitude and a LoRA-updated direction (Liu et al., ICML 2024, arXiv:2402.09353). Both
 * are {@link org.paramlab.peft.lora.LoraVariant} objects.
 *
 * <p>Defaults ({@link org.paramlab.peft.lora.LoraConfig#defaults()}) are HF PEFT's: r = 8, α = 8,
 * dropout 0, targets {@code query} and {@code value} for BERT (HF's target-module mapping; the
 * paper's W_q and W_v). On all-MiniLM-L6-v2 that is {@code 2·8·384·2·6 = 73,728} parameters. Start
 * with {@code Peft.wrap(model, LoraConfig.defaults())}.
 */
package org.paramlab.peft.lora;
