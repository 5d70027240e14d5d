package org.paramlab.models;

/**
 * The sizes of a BERT encoder (Devlin, Chang, Lee, Toutanova. BERT: Pre-training of Deep
 * Bidirectional Transformers for Language Understanding. NAACL 2019, arXiv:1810.04805), with the
 * field names of HF {@code BertConfig}.
 *
 * @param vocabSize rows of the word embedding
 * @param hiddenSize model width {@code H}
 * @param numLayers transformer layers
 * @param numHeads attention heads; must divide {@code hiddenSize}
 * @param intermediateSize feed-forward width (usually {@code 4H})
 * @param maxPositions rows of the position embedding, the longest sequence
 * @param typeVocabSize rows of the token-type embedding
 * @param layerNormEps ε of every LayerNorm
 * @param hiddenDropout dropout after embeddings and each residual branch, in training
 * @param attentionDropout dropout on attention probabilities, in training
 */
public record BertConfig(
        int vocabSize,
        int hiddenSize,
        int numLayers,
        int numHeads,
        int intermediateSize,
        int maxPositions,
        int typeVocabSize,
        float layerNormEps,
        float hiddenDropout,
        float attentionDropout) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field and its value
     */
    public BertConfig {
        requirePositive("vocabSize", vocabSize);
        requirePositive("hiddenSize", hiddenSize);
        requirePositive("numLayers", numLayers);
        requirePositive("numHeads", numHeads);
        requirePositive("intermediateSize", intermediateSize);
        requirePositive("maxPositions", maxPositions);
        requirePositive("typeVocabSize", typeVocabSize);
        if (hiddenSize % numHeads != 0) {
            throw new IllegalArgumentException(
                    "hiddenSize " + hiddenSize + " is not divisible by numHeads " + numHeads);
        }
        if (!(layerNormEps >= 0)
                || !(hiddenDropout >= 0 && hiddenDropout < 1)
                || !(attentionDropout >= 0 && attentionDropout < 1)) {
            throw new IllegalArgumentException(
                    "Need layerNormEps ≥ 0 and dropouts in [0, 1), got "
                            + layerNormEps
                            + ", "
                            + hiddenDropout
                            + ", "
                            + attentionDropout);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /**
     * all-MiniLM-L6-v2 and its 6-layer BERT: 30,522 × 384, 12 heads, 1,536 wide, 512 positions (the
     * model card of {@code sentence-transformers/all-MiniLM-L6-v2}).
     */
    public static BertConfig miniLmL6() {
        return new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f, 0.1f, 0.1f);
    }

    /** bge-small-en-v1.5 and e5-small-v2: 12 layers of the MiniLM width. */
    public static BertConfig small12() {
        return new BertConfig(30522, 384, 12, 12, 1536, 512, 2, 1e-12f, 0.1f, 0.1f);
    }

    /** A tiny random BERT for tests: vocabulary 50, width 16, 2 layers, 2 heads. */
    public static BertConfig tiny() {
        return new BertConfig(50, 16, 2, 2, 32, 24, 2, 1e-12f, 0f, 0f);
    }

    /** Width of one attention head, {@code H / heads}. */
    public int headSize() {
        return hiddenSize / numHeads;
    }

    /** This config with {@code dropout} for both hidden and attention dropout. */
    public BertConfig withDropout(float dropout) {
        return new BertConfig(
                vocabSize,
                hiddenSize,
                numLayers,
                numHeads,
                intermediateSize,
                maxPositions,
                typeVocabSize,
                layerNormEps,
                dropout,
                dropout);
    }

    /**
     * Parameters outside the embeddings, {@code L · (4H² + 4H + 2·H·I + I + H + 4H)}: the count
     * that sets a forward pass's cost of about {@code 2 · tokens · count} FLOPs.
     */
    public long nonEmbeddingParameters() {
        long h = hiddenSize;
        long i = intermediateSize;
        long perLayer = 4 * h * h + 4 * h + 2 * h * i + i + h + 4 * h;
        return numLayers * perLayer;
    }
}
