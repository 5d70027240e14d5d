package org.paramlab.peft.lora;

import ai.djl.ndarray.NDArray;

/**
 * LoRA and rsLoRA: {@code h = W₀x + γ·BAx}; merging adds {@code γ·BA} to {@code W₀}.
 *
 * @param rankStabilized γ = α/√r instead of α/r
 */
record PlainLora(boolean rankStabilized) implements LoraVariant {
    /** {@inheritDoc} */
    @Override
    public double scaling(double alpha, int rank) {
        return rankStabilized ? alpha / Math.sqrt(rank) : alpha / rank;
    }

    /** {@inheritDoc} */
    @Override
    public NDArray output(
            LoraLinear layer,
            String name,
            NDArray x,
            NDArray base,
            NDArray update,
            boolean exactInput) {
        return base.add(update);
    }

    /** {@inheritDoc} */
    @Override
    public void merge(LoraLinear layer, String name) {
        try (NDArray delta = layer.delta(name, layer.weight().getManager())) {
            layer.weight().addi(delta);
        }
    }

    /** {@inheritDoc} */
    @Override
    public void unmerge(LoraLinear layer, String name) {
        try (NDArray delta = layer.delta(name, layer.weight().getManager())) {
            layer.weight().subi(delta);
        }
    }
}
