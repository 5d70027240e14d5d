package org.paramlab.lm.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A tokenised corpus split into training and validation ids, with the tokenizer that made them.
 *
 * @param tokenizer the tokenizer of both splits
 * @param train the training ids
 * @param validation the held-out ids
 * @param description where the text came from and how it was split
 */
public record TokenCorpus(
        TextTokenizer tokenizer, int[] train, int[] validation, String description) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a split is empty or holds an id outside the vocabulary
     */
    public TokenCorpus {
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (train.length == 0 || validation.length == 0) {
            throw new IllegalArgumentException(
                    "Both splits need tokens, found "
                            + train.length
                            + " training and "
                            + validation.length
                            + " validation tokens.");
        }
        for (int[] split : new int[][] {train, validation}) {
            for (int id : split) {
                if (id < 0 || id >= tokenizer.vocabSize()) {
                    throw new IllegalArgumentException(
                            "Id " + id + " is outside the vocabulary of " + tokenizer.vocabSize());
                }
            }
        }
    }

    /**
     * Documents (chapters, say) assigned at random to the validation split with probability {@code
     * validationFraction}, the rest to training; each split is its documents joined by newlines, in
     * their original order. At least one document goes to each split.
     *
     * @throws IllegalArgumentException for fewer than two documents or a fraction outside (0, 1)
     */
    public static TokenCorpus split(
            List<String> documents, TextTokenizer tokenizer, double validationFraction, long seed) {
        if (documents.size() < 2) {
            throw new IllegalArgumentException(
                    "A document split needs at least two documents, found " + documents.size());
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException(
                    "validationFraction must lie in (0, 1), found " + validationFraction);
        }
        Random random = new Random(seed);
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        for (String doc : documents) {
            (random.nextDouble() < validationFraction ? validation : train).add(doc);
        }
        if (validation.isEmpty()) {
            validation.add(train.remove(train.size() - 1));
        }
        if (train.isEmpty()) {
            train.add(validation.remove(0));
        }
        return new TokenCorpus(
                tokenizer,
                tokenizer.encode(String.join("\n", train)),
                tokenizer.encode(String.join("\n", validation)),
                String.format(
                        java.util.Locale.ROOT,
                        "%d documents, %d held out at random (fraction %.2f, seed %d)",
                        documents.size(),
                        validation.size(),
                        validationFraction,
                        seed));
    }

    /** The last {@code validationFraction} of {@code text} held out, the rest for training. */
    public static TokenCorpus contiguous(
            String text, TextTokenizer tokenizer, double validationFraction) {
        int[] ids = tokenizer.encode(text);
        int cut = (int) Math.round(ids.length * (1 - validationFraction));
        return new TokenCorpus(
                tokenizer,
                java.util.Arrays.copyOfRange(ids, 0, cut),
                java.util.Arrays.copyOfRange(ids, cut, ids.length),
                "last " + Math.round(100 * validationFraction) + "% held out");
    }

    /** {@inheritDoc} */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "TokenCorpus[%s, V = %d, %,d training and %,d validation tokens; %s]",
                tokenizer,
                tokenizer.vocabSize(),
                train.length,
                validation.length,
                description);
    }
}
