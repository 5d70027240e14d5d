package org.paramlab.peft.prefix;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.PrefixAttention;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

/**
 * An attention block with a learned prefix of keys and values per adapter (Li and Liang.
 * Prefix-Tuning: Optimizing Continuous Prompts for Generation. ACL 2021, arXiv:2101.00190, §4):
 * {@code softmax(Q [P_K; K]ᵀ/√d) [P_V; V]}, every query attending to the P prefix positions.
 *
 * <p>Shapes per adapter: {@code prefix_key.<name> (P, H)} and {@code prefix_value.<name> (P, H)},
 * {@code 2PH} trainable parameters per layer. Not mergeable.
 */
public final class PrefixAttentionLayer extends TunerLayer {
    private final PrefixAttention attention;

    PrefixAttentionLayer(String path, PrefixAttention base) {
        super(path, base);
        this.attention = base;
    }

    /** Width H of the keys and values. */
    int hiddenSize() {
        return attention.hiddenSize();
    }

    /** Number of heads of the wrapped attention. */
    int numHeads() {
        return attention.numHeads();
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        PrefixTuningConfig c = (PrefixTuningConfig) config;
        Shape shape = new Shape(c.numVirtualTokens(), attention.hiddenSize());
        float std = (float) c.initStd();
        addAdapterParameter(
                name, "prefix_key", "", manager.randomNormal(0, std, shape, DataType.FLOAT32));
        addAdapterParameter(
                name, "prefix_value", "", manager.randomNormal(0, std, shape, DataType.FLOAT32));
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.get(0);
        NDArray k = value(ps, name, "prefix_key", x, training); // (P, H)
        NDArray v = value(ps, name, "prefix_value", x, training); // (P, H)
        return base().forward(ps, new NDList(x, inputs.get(1), k, v), training);
    }
}
