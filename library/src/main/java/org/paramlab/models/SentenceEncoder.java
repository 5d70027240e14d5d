package org.paramlab.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

import java.util.List;

/**
 * A pretrained encoder with its tokenizer: text in, mean-pooled sentence embeddings out
 * (Sentence-BERT, Reimers and Gurevych, EMNLP 2019, arXiv:1908.10084).
 *
 * <pre>{@code
 * try (var encoder = SentenceEncoder.load(PretrainedEncoder.MINILM_L6_V2, 128)) {
 *     float[][] e = encoder.embed(List.of("In the beginning", "Jesus wept."));
 * }
 * }</pre>
 *
 * <p>It owns the native memory of its weights and tokenizer; close it to free them.
 */
public final class SentenceEncoder implements AutoCloseable {
    private static final int BATCH = 32;

    private final NDManager manager;
    private final BertModel model;
    private final HfTokenizer tokenizer;

    private SentenceEncoder(NDManager manager, BertModel model, HfTokenizer tokenizer) {
        this.manager = manager;
        this.model = model;
        this.tokenizer = tokenizer;
    }

    /**
     * Loads {@code encoder} with sequences truncated to {@code maxLength} tokens.
     *
     * @throws IllegalStateException if the encoder's artifact is not on the class path
     */
    public static SentenceEncoder load(PretrainedEncoder encoder, int maxLength) {
        NDManager manager = NDManager.newBaseManager();
        try {
            return new SentenceEncoder(
                    manager, encoder.load(manager), encoder.tokenizer(maxLength));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** The encoder. */
    public BertModel model() {
        return model;
    }

    /** The tokenizer. */
    public HfTokenizer tokenizer() {
        return tokenizer;
    }

    /** Mean-pooled embeddings {@code (B, H)} of {@code texts}, computed in batches of 32. */
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += BATCH) {
            int to = Math.min(texts.size(), from + BATCH);
            try (NDManager step = manager.newSubManager()) {
                NDList in = tokenizer.encode(texts.subList(from, to)).toNDList(step);
                NDList h = model.forward(new ParameterStore(step, false), in, false);
                NDArray e = BertModel.meanPool(h.get(0), h.get(1));
                float[] flat = e.toFloatArray();
                int width = (int) e.getShape().get(1);
                for (int i = from; i < to; i++) {
                    out[i] =
                            java.util.Arrays.copyOfRange(
                                    flat, (i - from) * width, (i - from + 1) * width);
                }
            }
        }
        return out;
    }

    /** Frees the weights and the tokenizer. */
    @Override
    public void close() {
        tokenizer.close();
        manager.close();
    }
}
