package org.paramlab.lm.steplaw;

/**
 * One run of the Step Law grid: a model width (setting N), a token budget D, a peak learning rate
 * and a batch size.
 *
 * @param cell the (N, D) cell's label, e.g. {@code N31k/D0.5M}
 * @param width d of the two-layer LLaMA-style model
 * @param tokens D, training tokens
 * @param lr peak learning rate η
 * @param batch B, sequences per update
 * @param seed seed of weights and data order
 */
public record StepLawPoint(String cell, int width, long tokens, double lr, int batch, long seed) {}
