package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.train.HostArrays;

import java.util.Objects;

/**
 * Causal multi-head self-attention with grouped-query attention and optional rotary positions
 * (Vaswani et al., "Attention Is All You Need", NeurIPS 2017, arXiv:1706.03762; Ainslie et al.,
 * "GQA", EMNLP 2023, arXiv:2305.13245):
 *
 * <pre>
 *   q = x·W_q,  k = x·W_k,  v = x·W_v        (H query heads, G ≤ H key/value heads)
 *   head j uses key/value head ⌊j/(H/G)⌋
 *   o_j = softmax(q_j·k_gᵀ·s + M)·v_g,        M_ts = −∞ where key s is after query t
 *   y = [o_1 … o_H]·W_o
 * </pre>
 *
 * with s = 1/√h (h the head width). A token never attends to a later one.
 *
 * <p>Inputs: x (B, T, d), and optionally the cached keys and values of the previous positions (B,
 * G, P, h) each; the new tokens then sit at positions P … P + T − 1. Outputs: y (B, T, d) and the
 * keys and values of all P + T positions (B, G, P + T, h), which a sampler feeds back as the cache.
 * Children {@code query}, {@code key}, {@code value}, {@code output} are made by a {@link
 * ProjectionFactory} (dense or Pattention).
 */
public final class CausalSelfAttention extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int heads;
    private final int kvHeads;
    private final int headDim;
    private final boolean rope;
    private final double ropeBase;
    private final Block query;
    private final Block key;
    private final Block value;
    private final Block output;
    private long dModel;

    CausalSelfAttention(Builder builder) {
        super(VERSION);
        heads = builder.heads;
        kvHeads = builder.kvHeads;
        headDim = builder.headDim;
        rope = builder.rope;
        ropeBase = builder.ropeBase;
        query = addChildBlock("query", builder.projections.create(heads * headDim));
        key = addChildBlock("key", builder.projections.create(kvHeads * headDim));
        value = addChildBlock("value", builder.projections.create(kvHeads * headDim));
        output = addChildBlock("output", builder.outputProjections.create(builder.dModel));
        dModel = builder.dModel;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        long past = inputShapes.length > 1 ? inputShapes[1].get(2) : 0;
        Shape kv = new Shape(x.get(0), kvHeads, past + x.get(1), headDim);
        return new Shape[] {x, kv, kv};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(
            ai.djl.ndarray.NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        dModel = x.tail();
        query.initialize(manager, dataType, x);
        key.initialize(manager, dataType, x);
        value.initialize(manager, dataType, x);
        output.initialize(manager, dataType, new Shape(x.get(0), x.get(1), (long) heads * headDim));
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray q = project(store, query, x, training, heads); // (B, H, T, h)
        NDArray k = project(store, key, x, training, kvHeads); // (B, G, T, h)
        NDArray v = project(store, value, x, training, kvHeads); // (B, G, T, h)
        long past = inputs.size() > 1 ? inputs.get(1).getShape().get(2) : 0;
        if (rope) {
            q = Rope.apply(q, past, ropeBase);
            k = Rope.apply(k, past, ropeBase);
        }
        if (past > 0) {
            k = inputs.get(1).concat(k, 2); // (B, G, P + T, h)
            v = inputs.get(2).concat(v, 2);
        }
        NDArray o = attend(q, k, v, past, 1.0 / Math.sqrt(headDim)); // (B, H, T, h)
        NDArray merged = o.transpose(0, 2, 1, 3).reshape(b, t, (long) heads * headDim); // (B,T,Hh)
        NDArray y = output.forward(store, new NDList(merged), training).head(); // (B, T, d)
        return new NDList(y, k, v);
    }

    /** x (B, T, d) through a projection, split into heads: (B, n, T, h). */
    private NDArray project(
            ParameterStore store, Block projection, NDArray x, boolean training, int n) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray y = projection.forward(store, new NDList(x), training).head(); // (B, T, n·h)
        return y.reshape(b, t, n, headDim).transpose(0, 2, 1, 3); // (B, n, T, h)
    }

    /**
     * softmax(q·kᵀ·scale + M)·v with causal mask M for queries at positions past … past + T − 1: q
     * (B, H, T, h), k and v (B, G, S, h) with S = past + T and G dividing H; result (B, H, T, h).
     */
    public static NDArray attend(NDArray q, NDArray k, NDArray v, long past, double scale) {
        Shape qs = q.getShape();
        long b = qs.get(0);
        long h = qs.get(1);
        long t = qs.get(2);
        long d = qs.get(3);
        long g = k.getShape().get(1);
        long s = k.getShape().get(2);
        NDArray grouped = q.reshape(b, g, h / g, t, d); // (B, G, H/G, T, h): head j → group j/(H/G)
        NDArray keys = k.expandDims(2).transpose(0, 1, 2, 4, 3); // (B, G, 1, h, S)
        NDArray scores = HostArrays.times(grouped.matMul(keys), scale); // (B, G, H/G, T, S)
        if (t > 1) {
            scores = scores.add(causalMask(q, t, s, past)); // (T, S) broadcast
        }
        NDArray weights = scores.softmax(-1);
        NDArray o = weights.matMul(v.expandDims(2)); // (B, G, H/G, T, h)
        return o.reshape(b, h, t, d);
    }

    /** M (T, S): 0 where key s ≤ past + t, −∞ after; created in {@code like}'s manager. */
    static NDArray causalMask(NDArray like, long t, long s, long past) {
        float[] mask = new float[(int) (t * s)];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < s; j++) {
                mask[(int) (i * s + j)] = j > past + i ? Float.NEGATIVE_INFINITY : 0f;
            }
        }
        return HostArrays.create(like.getManager(), mask, new Shape(t, s))
                .toType(like.getDataType(), false);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CausalSelfAttention}. */
    public static final class Builder {
        private int heads;
        private int kvHeads;
        private int headDim;
        private int dModel;
        private boolean rope;
        private double ropeBase = 10_000;
        private ProjectionFactory projections = ProjectionFactory.dense();
        private ProjectionFactory outputProjections;

        Builder() {}

        /** Sets the number of query heads H and key/value heads G (required; G divides H). */
        public Builder setHeads(int queryHeads, int keyValueHeads) {
            heads = queryHeads;
            kvHeads = keyValueHeads;
            return this;
        }

        /** Sets the head width h (required). */
        public Builder setHeadDim(int value) {
            headDim = value;
            return this;
        }

        /** Sets d, the width of the output (required). */
        public Builder setModelDim(int value) {
            dModel = value;
            return this;
        }

        /** Applies RoPE with the given base to queries and keys (default: no RoPE). */
        public Builder optRope(double base) {
            rope = true;
            ropeBase = base;
            return this;
        }

        /** Sets how the query, key and value projections are made (default dense). */
        public Builder optProjections(ProjectionFactory value) {
            projections = Objects.requireNonNull(value, "projections");
            return this;
        }

        /** Sets how the output projection is made (default: like the others). */
        public Builder optOutputProjection(ProjectionFactory value) {
            outputProjections = Objects.requireNonNull(value, "outputProjections");
            return this;
        }

        /**
         * Builds the block.
         *
         * @throws IllegalArgumentException for missing or inconsistent widths
         */
        public CausalSelfAttention build() {
            new LayerSpec(heads, kvHeads, 1); // validates heads and kvHeads
            if (headDim < 1 || dModel < 1) {
                throw new IllegalArgumentException(
                        "Attention needs headDim ≥ 1 and modelDim ≥ 1, found "
                                + headDim
                                + " and "
                                + dModel
                                + "; call setHeadDim and setModelDim.");
            }
            if (rope && headDim % 2 != 0) {
                throw new IllegalArgumentException(
                        "RoPE needs an even head width, found " + headDim);
            }
            if (outputProjections == null) {
                outputProjections = projections;
            }
            return new CausalSelfAttention(this);
        }
    }
}
