/**
 * VeRA, vector-based random matrix adaptation: Kopiczko, Blankevoort, Asano. VeRA: Vector-based
 * Random Matrix Adaptation. ICLR 2024, arXiv:2310.11454.
 *
 * <p>Equation (2): {@code h = W₀x + Λ_b B Λ_d A x}, with one pair of random matrices {@code A},
 * {@code B} frozen and shared by all layers, and per layer only the vectors {@code d (r)} and
 * {@code b (out)} trained: {@code r + out} parameters. Defaults are HF PEFT's: r = 256, {@code
 * d_initial = 0.1}, {@code b = 0}, projection seed 0, {@code query} and {@code value} for BERT. On
 * all-MiniLM-L6-v2: {@code 12·(256 + 384) = 7,680} parameters.
 */
package org.paramlab.peft.vera;
