package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.ModuleBlock;

/**
 * A BERT encoder written as DJL blocks with HF's module names, so that {@code
 * encoder.layer.3.attention.self.query} addresses the same projection as in {@code
 * transformers.BertModel} (Devlin, Chang, Lee, Toutanova. NAACL 2019, arXiv:1810.04805).
 *
 * <p>Inputs, in the order of the ONNX exports: {@code input_ids (B, T)}, {@code attention_mask (B,
 * T)} (1 = token, 0 = padding) and {@code token_type_ids (B, T)}, all int64. Outputs: {@code
 * last_hidden_state (B, T', H)} and the float attention mask {@code (B, T')} that goes with it
 * ({@code T' = T}, or {@code P + T} when a prompt-tuning adapter prepends {@code P} virtual tokens,
 * whose mask entries are 1). Padding is masked by adding the float32 minimum to its attention
 * scores, as HF does.
 *
 * <p>Modules: {@code embeddings} ({@link BertEmbeddings}) and {@code encoder} ({@link
 * BertEncoder}); there is no pooler, since the sentence encoders here mean-pool ({@link
 * #meanPool}).
 */
public final class BertModel extends ModuleBlock {
    private static final byte VERSION = 1;

    private final BertConfig config;

    private BertModel(BertConfig config) {
        super(VERSION);
        this.config = config;
        addModule("embeddings", new BertEmbeddings(config));
        addModule("encoder", new BertEncoder(config));
    }

    /** A BERT of the given sizes, not yet initialised. */
    public static BertModel create(BertConfig config) {
        return new BertModel(config);
    }

    /**
     * A BERT of the given sizes with BERT's random initialisation ({@code N(0, 0.02²)} weights,
     * zero biases, unit LayerNorms), its parameters in {@code manager}.
     */
    public static BertModel initialized(BertConfig config, NDManager manager) {
        BertModel model = new BertModel(config);
        model.initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1, 1));
        return model;
    }

    /** The sizes. */
    public BertConfig config() {
        return config;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        return new Shape[] {ids.add(config.hiddenSize()), ids};
    }

    /**
     * Runs the encoder; see the class comment for inputs and outputs.
     *
     * @throws IllegalArgumentException if the sequence (virtual tokens included) is longer than
     *     {@code maxPositions}
     */
    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0); // (B, T)
        NDArray mask = inputs.get(1).toType(DataType.FLOAT32, false); // (B, T)
        NDArray types = inputs.get(2); // (B, T)
        NDArray x = module("embeddings").forward(ps, new NDList(ids, types), training).head();
        long length = x.getShape().get(1); // T'
        long extra = length - mask.getShape().get(1);
        if (extra > 0) {
            NDArray virtual = mask.getManager().ones(new Shape(mask.getShape().get(0), extra));
            mask = virtual.concat(mask, 1); // (B, T')
        }
        NDArray bias =
                mask.neg().add(1).mul(-Float.MAX_VALUE).expandDims(1).expandDims(1); // (B,1,1,T')
        NDArray hidden = module("encoder").forward(ps, new NDList(x, bias), training).head();
        return new NDList(hidden, mask);
    }

    /**
     * The mask-weighted mean of the token vectors, the sentence embedding of Sentence-BERT (Reimers
     * and Gurevych, EMNLP 2019, arXiv:1908.10084, §3): {@code Σ_t m_t h_t / max(Σ_t m_t, 1e-9)}.
     *
     * @param hidden {@code (B, T, H)}
     * @param mask {@code (B, T)}, 1 for tokens and 0 for padding
     * @return {@code (B, H)}
     */
    public static NDArray meanPool(NDArray hidden, NDArray mask) {
        NDArray m = mask.toType(DataType.FLOAT32, false).expandDims(2); // (B, T, 1)
        NDArray sum = hidden.mul(m).sum(new int[] {1}); // (B, H)
        return sum.div(m.sum(new int[] {1}).maximum(1e-9f)); // (B, H)
    }
}
