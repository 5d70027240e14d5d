package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;
import org.paramlab.nn.PrefixAttention;
import org.paramlab.train.HostArrays;

/**
 * Multi-head scaled dot-product self-attention, {@code softmax(Q Kᵀ / √d + M) V} per head with
 * {@code Q = x W_qᵀ + b_q} and likewise {@code K}, {@code V} (Vaswani et al., NeurIPS 2017,
 * arXiv:1706.03762, eq. 1 and §3.2.2).
 *
 * <p>Inputs: {@code x (B, T, H)}, the additive mask {@code M (B, 1, 1, T)} (0 where attended, a
 * large negative number at padding), and optionally a key prefix {@code (P, H)} and a value prefix
 * {@code (P, H)} that every query attends to: prefix tuning's {@code past_key_values} (Li and
 * Liang, ACL 2021, arXiv:2101.00190, §4.2). Output: the heads concatenated, {@code (B, T, H)}.
 * Modules: {@code query}, {@code key}, {@code value}.
 */
public final class BertSelfAttention extends ModuleBlock implements PrefixAttention {
    private static final byte VERSION = 1;

    private final BertConfig config;

    BertSelfAttention(BertConfig config) {
        super(VERSION);
        this.config = config;
        int h = config.hiddenSize();
        addModule("query", Linear.builder().setIn(h).setOut(h).build());
        addModule("key", Linear.builder().setIn(h).setOut(h).build());
        addModule("value", Linear.builder().setIn(h).setOut(h).build());
    }

    /** {@inheritDoc} */
    @Override
    public int hiddenSize() {
        return config.hiddenSize();
    }

    /** {@inheritDoc} */
    @Override
    public int numHeads() {
        return config.numHeads();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0); // (B, T, H)
        NDArray mask = inputs.get(1); // (B, 1, 1, T)
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        int heads = config.numHeads();
        int d = config.headSize();
        NDArray q = module("query").forward(ps, new NDList(x), training).head();
        NDArray k = module("key").forward(ps, new NDList(x), training).head();
        NDArray v = module("value").forward(ps, new NDList(x), training).head();
        if (inputs.size() == 4) {
            NDArray pk = inputs.get(2); // (P, H)
            NDArray pv = inputs.get(3); // (P, H)
            long p = pk.getShape().get(0);
            Shape prefix = new Shape(b, p, config.hiddenSize());
            k = local(pk, x).broadcast(prefix).concat(k, 1); // (B, P + T, H)
            v = local(pv, x).broadcast(prefix).concat(v, 1); // (B, P + T, H)
            NDArray open = mask.getManager().zeros(new Shape(b, 1, 1, p), mask.getDataType());
            mask = open.concat(mask, 3); // (B, 1, 1, P + T)
        }
        long s = k.getShape().get(1);
        q = q.reshape(b, t, heads, d).transpose(0, 2, 1, 3); // (B, h, T, d)
        k = k.reshape(b, s, heads, d).transpose(0, 2, 3, 1); // (B, h, d, S)
        v = v.reshape(b, s, heads, d).transpose(0, 2, 1, 3); // (B, h, S, d)
        NDArray scores = HostArrays.times(q.matMul(k), 1 / Math.sqrt(d)).add(mask); // (B, h, T, S)
        NDArray probs = scores.softmax(-1);
        probs = Dropout.dropout(probs, config.attentionDropout(), training).head();
        NDArray context = probs.matMul(v); // (B, h, T, d)
        return new NDList(context.transpose(0, 2, 1, 3).reshape(b, t, config.hiddenSize()));
    }

    /**
     * {@code p} as {@code (1, P, H)}, owned by the manager of {@code x} (a step's, not the
     * model's).
     */
    private static NDArray local(NDArray p, NDArray x) {
        NDArray view = p.expandDims(0);
        view.attach(x.getManager());
        return view;
    }
}
