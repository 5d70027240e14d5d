package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The dense position-wise feed-forward sub-layer, GELU or SwiGLU:
 *
 * <pre>
 *   GELU:    y = W_down·GELU(W_up·x)                       (Hendrycks and Gimpel, arXiv:1606.08415)
 *   SwiGLU:  y = W_down·(SiLU(W_gate·x) ⊙ W_up·x)            (Shazeer, arXiv:2002.05202, Eq. 6)
 * </pre>
 *
 * <p>Input x (…, d); children {@code up} (GELU: W_up (f, d)) or {@code gate_up} (SwiGLU: [W_gate;
 * W_up] stacked, (2f, d), one matrix product for both) and {@code down} (d, f); output (…, d).
 * Linear maps are bias-free. For TokenFormer's feed-forward use a {@link Pattention} instead.
 */
public final class FeedForward extends AbstractBlock {
    private static final byte VERSION = 1;

    private final FfnKind kind;
    private final int width;
    private final Block up;
    private final Block down;

    FeedForward(Builder builder) {
        super(VERSION);
        kind = builder.kind;
        width = builder.width;
        int upWidth = kind == FfnKind.SWIGLU ? 2 * width : width;
        up =
                addChildBlock(
                        kind == FfnKind.SWIGLU ? "gate_up" : "up",
                        Linear.builder().setUnits(upWidth).optBias(false).build());
        down =
                addChildBlock(
                        "down", Linear.builder().setUnits(builder.dModel).optBias(false).build());
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        up.initialize(manager, dataType, x);
        down.initialize(manager, dataType, x.slice(0, x.dimension() - 1).add(width));
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray h = up.forward(store, inputs, training).head(); // (…, f) or (…, 2f)
        NDArray activated;
        if (kind == FfnKind.SWIGLU) {
            NDList gateAndUp = h.split(2, h.getShape().dimension() - 1); // 2 × (…, f)
            NDArray gate = gateAndUp.get(0);
            activated = gate.mul(Activation.sigmoid(gate)).mul(gateAndUp.get(1)); // SiLU(g) ⊙ u
        } else {
            activated = Activation.gelu(h);
        }
        return down.forward(store, new NDList(activated), training);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FeedForward}. */
    public static final class Builder {
        private FfnKind kind = FfnKind.GELU;
        private int width;
        private int dModel;

        Builder() {}

        /** Sets the hidden width f (required). */
        public Builder setWidth(int value) {
            width = value;
            return this;
        }

        /** Sets d, the output width (required). */
        public Builder setModelDim(int value) {
            dModel = value;
            return this;
        }

        /** Sets GELU (default) or SwiGLU. */
        public Builder optKind(FfnKind value) {
            kind = value;
            return this;
        }

        /**
         * Builds the block.
         *
         * @throws IllegalArgumentException for a missing width or {@link FfnKind#PATTENTION}
         */
        public FeedForward build() {
            if (kind == FfnKind.PATTENTION) {
                throw new IllegalArgumentException(
                        "FeedForward is the dense layer; use a Pattention block for TokenFormer.");
            }
            if (width < 1 || dModel < 1) {
                throw new IllegalArgumentException(
                        "FeedForward needs width ≥ 1 and modelDim ≥ 1, found "
                                + width
                                + " and "
                                + dModel);
            }
            return new FeedForward(this);
        }
    }
}
