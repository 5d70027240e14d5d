/**
 * FLoRA, low-rank Tucker updates that keep a weight's N-dimensional structure: Si, Wang, Yang, Xu,
 * Li, Dai, Qiao, Yang, Shen. FLoRA: Low-Rank Core Space for N-dimension. arXiv:2405.14739, 2024.
 *
 * <p>For a weight with modes {@code (in, out, k₁, …)} the update is {@code ΔW = s · G ×₁ U₁ ×₂ U₂ …
 * ×_N U_N}: a small core {@code G (r₁, …, r_N)}, zero at the start, and one factor {@code Uᵢ (dimᵢ,
 * rᵢ)} per mode, Kaiming-normal ({@code a = √3}), as in the reference code
 * (SJTU-DeepVisionLab/FLoRA, {@code flora/layers.py}): N = 2 for a Linear, N = 2 + the kernel's
 * axes for a convolution, whose kernel axes keep their own (small) ranks. Mergeable. {@link
 * org.paramlab.peft.flora.FloraLayer} is the wrapped module, {@link
 * org.paramlab.peft.flora.FloraTuner} injects it.
 *
 * <p>The baseline the paper compares against on convolutions, LoRA on the kernel reshaped to {@code
 * out × in·k·k}, is {@link org.paramlab.peft.flora.ConvLoraConfig} here (HF PEFT's LoRA on a {@code
 * Conv2d} computes the same update, with {@code lora_A} a {@code k × k} convolution and {@code
 * lora_B} a {@code 1 × 1} one). {@link org.paramlab.peft.flora.SmallConvNet} and {@link
 * org.paramlab.peft.flora.FloraStudy} are the {@code flora} notebook's experiment. HF PEFT has
 * neither method: files use PEFT's layout under {@code peft_type} {@code FLORA} and {@code
 * LORA_CONV}.
 */
package org.paramlab.peft.flora;
