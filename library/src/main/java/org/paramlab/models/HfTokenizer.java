package org.paramlab.models;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face tokenizer ({@code tokenizer.json}, run by DJL's native {@code tokenizers} binding,
 * offline) that returns padded batches for {@link BertModel}.
 *
 * <p>Each text becomes {@code [CLS] pieces [SEP]}, truncated to {@code maxLength} tokens (the
 * special tokens kept), and a batch is right-padded with id 0 to its longest member, with attention
 * mask 0 on padding. Close it to free the native tokenizer.
 */
public final class HfTokenizer implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;

    private HfTokenizer(HuggingFaceTokenizer tokenizer, int maxLength) {
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
    }

    /**
     * Reads a {@code tokenizer.json}.
     *
     * @param json the file's contents
     * @param maxLength longest sequence, special tokens included
     * @throws IllegalArgumentException if {@code maxLength < 2}
     * @throws UncheckedIOException if the stream cannot be read or parsed
     */
    public static HfTokenizer read(InputStream json, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException(
                    "maxLength must leave room for [CLS] and [SEP], got " + maxLength);
        }
        try {
            Map<String, String> options =
                    Map.of(
                            "truncation", "true",
                            "padding", "false",
                            "maxLength", Integer.toString(maxLength),
                            "addSpecialTokens", "true");
            return new HfTokenizer(HuggingFaceTokenizer.newInstance(json, options), maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tokenizer.json", e);
        }
    }

    /** Longest sequence, special tokens included. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Token ids, attention mask and token types of {@code texts}, right-padded to the longest.
     *
     * @param texts the sentences
     * @return the batch, {@code (B, T)} each
     * @throws IllegalArgumentException if {@code texts} is empty
     */
    public TokenBatch encode(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("Cannot encode an empty batch.");
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        long[][] ids = new long[texts.size()][length];
        long[][] mask = new long[texts.size()][length];
        long[][] types = new long[texts.size()][length];
        for (int i = 0; i < encodings.length; i++) {
            long[] id = encodings[i].getIds();
            long[] type = encodings[i].getTypeIds();
            for (int t = 0; t < id.length; t++) {
                ids[i][t] = id[t];
                mask[i][t] = 1;
                types[i][t] = type[t];
            }
        }
        return new TokenBatch(ids, mask, types);
    }

    /** The word pieces of {@code text}, special tokens included. */
    public List<String> tokens(String text) {
        return List.of(tokenizer.encode(text).getTokens());
    }

    /** Frees the native tokenizer. */
    @Override
    public void close() {
        tokenizer.close();
    }

    /**
     * A padded batch of token sequences.
     *
     * @param ids token ids {@code (B, T)}
     * @param mask 1 for tokens, 0 for padding {@code (B, T)}
     * @param types token type (segment) ids {@code (B, T)}
     */
    public record TokenBatch(long[][] ids, long[][] mask, long[][] types) {
        /** Batch size {@code B}. */
        public int size() {
            return ids.length;
        }

        /** Padded length {@code T}. */
        public int length() {
            return ids.length == 0 ? 0 : ids[0].length;
        }

        /** The rows {@code [from, to)} as a batch, re-padded to their longest member. */
        public TokenBatch slice(int from, int to) {
            int length = 0;
            for (int i = from; i < to; i++) {
                long n = 0;
                for (long m : mask[i]) {
                    n += m;
                }
                length = (int) Math.max(length, n);
            }
            long[][] i2 = new long[to - from][];
            long[][] m2 = new long[to - from][];
            long[][] t2 = new long[to - from][];
            for (int i = from; i < to; i++) {
                i2[i - from] = java.util.Arrays.copyOf(ids[i], length);
                m2[i - from] = java.util.Arrays.copyOf(mask[i], length);
                t2[i - from] = java.util.Arrays.copyOf(types[i], length);
            }
            return new TokenBatch(i2, m2, t2);
        }

        /**
         * {@code (input_ids, attention_mask, token_type_ids)} as int64 arrays in {@code manager}.
         */
        public NDList toNDList(NDManager manager) {
            NDArray i = manager.create(ids);
            NDArray m = manager.create(mask);
            NDArray t = manager.create(types);
            return new NDList(i, m, t);
        }
    }
}
