package org.paramlab.lm.text;

import java.util.List;

/**
 * What the character- and word-level tokenizers share: a fixed list of token strings, id 0 the
 * unknown token, decoding by concatenation, and the JSON form {@link TextTokenizer#load} reads.
 */
abstract class VocabularyTokenizer implements TextTokenizer {
    private final String type;
    private final String unknown;

    /** The tokens in id order; id 0 is the unknown token. */
    protected final List<String> tokens;

    VocabularyTokenizer(String type, String unknown, List<String> tokens) {
        this.type = type;
        this.unknown = unknown;
        this.tokens = List.copyOf(tokens);
    }

    /** {@inheritDoc} */
    @Override
    public final String decode(int[] idList) {
        StringBuilder s = new StringBuilder();
        for (int id : idList) {
            s.append(token(id));
        }
        return s.toString();
    }

    /** {@inheritDoc} */
    @Override
    public final int vocabSize() {
        return tokens.size();
    }

    /** {@inheritDoc} */
    @Override
    public final String token(int id) {
        return id >= 0 && id < tokens.size() ? tokens.get(id) : unknown;
    }

    /** {@inheritDoc} */
    @Override
    public final String toJson() {
        return TokenizerFile.GSON.toJson(new TokenizerFile(type, tokens));
    }

    /** {@inheritDoc} */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + tokens.size() + " ids)";
    }
}
