/**
 * Prompt tuning: Lester, Al-Rfou, Constant. The Power of Scale for Parameter-Efficient Prompt
 * Tuning. EMNLP 2021, arXiv:2104.08691.
 *
 * <p>A soft prompt {@code P ∈ R^{p×H}} is prepended to the token embeddings, {@code [P; E(x)]}, and
 * is the only thing trained (§2): {@code p·H} parameters, 7,680 for 20 tokens on MiniLM. HF PEFT
 * saves it as {@code prompt_embeddings}. Initialisation: HF's default is random; the paper finds
 * sampled-vocabulary starts better (§3.2), {@code Init.SAMPLE_VOCAB}.
 */
package org.paramlab.peft.prompt;
