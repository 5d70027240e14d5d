package org.paramlab.data;

import java.util.Objects;

/**
 * Splits of a text source together with the vocabulary that maps its token ids back to text.
 *
 * @param splits the datasets: token ids int64, (N, T)
 * @param vocabulary the ids' tokens
 */
public record TextSplits(Splits splits, TextVocabulary vocabulary) {
    /** Requires both parts. */
    public TextSplits {
        Objects.requireNonNull(splits, "splits");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    @Override
    public String toString() {
        return splits + " with a " + vocabulary;
    }
}
