/**
 * (IA)³, "Infused Adapter by Inhibiting and Amplifying Inner Activations": Liu, Tam, Muqeeth,
 * Mohta, Huang, Bansal, Raffel. Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than
 * In-Context Learning. NeurIPS 2022, arXiv:2205.05638, §3.3.
 *
 * <p>Learned vectors rescale keys, values and the feed-forward activation: {@code softmax(Q(l_k ⊙
 * Kᵀ)/√d)(l_v ⊙ V)} and {@code (l_ff ⊙ γ(W₁x))W₂}, all initialised to ones. Defaults are HF PEFT's
 * for BERT: targets {@code key}, {@code value}, {@code output.dense}, feed-forward {@code
 * output.dense} (which by suffix matching also takes {@code attention.output.dense}). On
 * all-MiniLM-L6-v2: {@code 6·(384 + 384 + 1536 + 384) = 16,128} parameters. Start with {@code
 * Peft.wrap(model, Ia3Config.defaults())}.
 */
package org.paramlab.peft.ia3;
