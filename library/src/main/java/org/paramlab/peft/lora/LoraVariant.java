package org.paramlab.peft.lora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * How a LoRA layer scales, applies and merges its low-rank update: a strategy object, as HF PEFT's
 * {@code LoraVariant}, so {@link LoraLinear} holds no flag per variant.
 *
 * <ul>
 *   <li>{@link #standard()}: {@code h = W₀x + (α/r)·BAx} (Hu et al., LoRA, ICLR 2022,
 *       arXiv:2106.09685, eq. 3).
 *   <li>{@link #rsLora()}: the same with {@code α/√r}, which keeps the update's scale stable as r
 *       grows (Kalajdzievski, A Rank Stabilization Scaling Factor for Fine-Tuning with LoRA, 2023,
 *       arXiv:2312.03732, Theorem 3.2).
 *   <li>{@link #dora()}: weight-decomposed LoRA, {@code W' = m · (W₀ + γBA)/‖W₀ + γBA‖_c} with a
 *       trained magnitude {@code m} per output row and the norm treated as a constant in the
 *       gradient (Liu et al., DoRA, ICML 2024, arXiv:2402.09353, eq. 5 and §4.3).
 * </ul>
 */
public interface LoraVariant {
    /** The factor γ of {@code BA} for a given α and rank. */
    double scaling(double alpha, int rank);

    /** Whether γ = α/√r (written as {@code use_rslora}). */
    boolean rankStabilized();

    /** Creates the variant's extra parameters of adapter {@code name}; default none. */
    default void create(LoraLinear layer, String name, NDManager manager) {}

    /**
     * The layer's output with adapter {@code name}.
     *
     * @param layer the layer, for its weights
     * @param name the adapter
     * @param x the input after the adapter's dropout {@code (..., in)}
     * @param base the base layer's output on the undropped input {@code (..., out)}
     * @param update {@code γ·BAx} {@code (..., out)}
     * @param exactInput whether {@code x} is the undropped input (no dropout applied)
     * @return {@code (..., out)}
     */
    NDArray output(
            LoraLinear layer,
            String name,
            NDArray x,
            NDArray base,
            NDArray update,
            boolean exactInput);

    /** Folds the update into the base weight in place. */
    void merge(LoraLinear layer, String name);

    /** Undoes {@link #merge}. */
    void unmerge(LoraLinear layer, String name);

    /** Plain LoRA, γ = α/r. */
    static LoraVariant standard() {
        return new PlainLora(false);
    }

    /** rsLoRA, γ = α/√r. */
    static LoraVariant rsLora() {
        return new PlainLora(true);
    }

    /** DoRA with γ = α/r. */
    static LoraVariant dora() {
        return new Dora(false);
    }

    /** DoRA with γ = α/√r when {@code rankStabilized}. */
    static LoraVariant dora(boolean rankStabilized) {
        return new Dora(rankStabilized);
    }
}
