package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;

/**
 * A classifier on a transformer encoder: {@code logits = dropout(meanPool(encoder(x))) Wᵀ + b}.
 * Module names follow HF's {@code BertForSequenceClassification} and {@code
 * ViTForImageClassification} ({@code bert.…} or {@code vit.…}, and {@code classifier}), so PEFT
 * patterns and adapter files written for them apply. The pooled vector is the mask-weighted mean of
 * the encoder's tokens (Sentence-BERT's pooling, which the sentence encoders here were trained for)
 * rather than a {@code [CLS]} pooler.
 *
 * <p>Inputs: the encoder's (BERT: {@code input_ids}, {@code attention_mask}, {@code
 * token_type_ids}; ViT: {@code pixels}); the encoder returns {@code (hidden (B, T, H), mask (B,
 * T))}. Output: {@code logits (B, C)}. The head is initialised {@code N(0, 0.02²)}, bias zero.
 */
public final class EncoderClassifier extends ModuleBlock {
    private static final byte VERSION = 1;

    private final String encoderName;
    private final int numClasses;
    private final float dropout;

    private EncoderClassifier(
            String encoderName, Block encoder, int hidden, float dropout, int numClasses) {
        super(VERSION);
        this.encoderName = encoderName;
        this.numClasses = numClasses;
        this.dropout = dropout;
        addModule(encoderName, encoder);
        addModule("classifier", Linear.builder().setIn(hidden).setOut(numClasses).build());
    }

    /**
     * Puts a fresh {@code numClasses}-way head, module {@code classifier}, on {@code bert} (module
     * {@code bert}) and initialises the head in {@code manager}; the encoder keeps its weights.
     *
     * @throws IllegalArgumentException if {@code numClasses < 2}
     */
    public static EncoderClassifier on(BertModel bert, int numClasses, NDManager manager) {
        return create("bert", bert, bert.config(), numClasses, manager);
    }

    /** As {@link #on(BertModel, int, NDManager)} for a ViT, module {@code vit}. */
    public static EncoderClassifier on(VitModel vit, int numClasses, NDManager manager) {
        return create("vit", vit, vit.config().encoder(), numClasses, manager);
    }

    private static EncoderClassifier create(
            String name, Block encoder, BertConfig config, int numClasses, NDManager manager) {
        if (numClasses < 2) {
            throw new IllegalArgumentException("A classifier needs ≥ 2 classes, got " + numClasses);
        }
        EncoderClassifier model =
                new EncoderClassifier(
                        name, encoder, config.hiddenSize(), config.hiddenDropout(), numClasses);
        model.initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1, 1));
        return model;
    }

    /** Number of classes {@code C}. */
    public int numClasses() {
        return numClasses;
    }

    /** The encoder. */
    public Block encoder() {
        return module(encoderName);
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), numClasses)};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList out = module(encoderName).forward(ps, inputs, training);
        NDArray pooled = BertModel.meanPool(out.get(0), out.get(1)); // (B, H)
        pooled = Dropout.dropout(pooled, dropout, training).head();
        return module("classifier").forward(ps, new NDList(pooled), training);
    }
}
