package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Embedding;
import org.paramlab.nn.LayerNorm;
import org.paramlab.nn.ModuleBlock;

/**
 * BERT's input embedding: {@code E = LayerNorm(W_word[ids] + W_pos[0..T) + W_type[types])},
 * followed by dropout in training (Devlin et al., NAACL 2019, arXiv:1810.04805, §3, Figure 2).
 *
 * <p>Inputs: {@code ids (B, T)} and {@code types (B, T)}, both int64. Output: {@code (B, T', H)}.
 * Modules, as in HF: {@code word_embeddings}, {@code position_embeddings}, {@code
 * token_type_embeddings}, {@code LayerNorm}.
 *
 * <p>When {@code word_embeddings} is wrapped by a tuner that prepends {@code P} virtual tokens
 * (prompt tuning), it returns {@code T' = P + T} rows; positions then run over {@code 0..T'} and
 * the virtual tokens get type 0, as HF PEFT does when it passes {@code inputs_embeds}.
 */
public final class BertEmbeddings extends ModuleBlock {
    private static final byte VERSION = 1;

    private final BertConfig config;

    BertEmbeddings(BertConfig config) {
        super(VERSION);
        this.config = config;
        addModule(
                "word_embeddings",
                Embedding.builder()
                        .setCount(config.vocabSize())
                        .setDim(config.hiddenSize())
                        .build());
        addModule(
                "position_embeddings",
                Embedding.builder()
                        .setCount(config.maxPositions())
                        .setDim(config.hiddenSize())
                        .build());
        addModule(
                "token_type_embeddings",
                Embedding.builder()
                        .setCount(config.typeVocabSize())
                        .setDim(config.hiddenSize())
                        .build());
        addModule(
                "LayerNorm",
                LayerNorm.builder()
                        .setSize(config.hiddenSize())
                        .optEps(config.layerNormEps())
                        .build());
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(config.hiddenSize())};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0); // (B, T)
        NDArray types = inputs.get(1); // (B, T)
        NDArray words = module("word_embeddings").forward(ps, new NDList(ids), training).head();
        long batch = words.getShape().get(0);
        long length = words.getShape().get(1); // T' = T, or P + T after prompt tuning
        if (length > config.maxPositions()) {
            throw new IllegalArgumentException(
                    "Sequence of "
                            + length
                            + " positions exceeds the model's "
                            + config.maxPositions()
                            + "; truncate the input (HfTokenizer maxLength).");
        }
        long extra = length - ids.getShape().get(1);
        if (extra > 0) {
            NDArray virtual = types.getManager().zeros(new Shape(batch, extra), DataType.INT64);
            types = virtual.concat(types, 1); // (B, T')
        }
        NDArray positions = ids.getManager().arange(0, length, 1, DataType.INT64); // (T')
        NDArray pos =
                module("position_embeddings").forward(ps, new NDList(positions), training).head();
        NDArray typ =
                module("token_type_embeddings").forward(ps, new NDList(types), training).head();
        NDArray x = words.add(typ).add(pos); // (B, T', H)
        x = module("LayerNorm").forward(ps, new NDList(x), training).head();
        return Dropout.dropout(x, config.hiddenDropout(), training);
    }
}
