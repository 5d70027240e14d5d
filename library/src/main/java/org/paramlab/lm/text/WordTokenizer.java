package org.paramlab.lm.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level tokens that carry their leading space, as GPT-2's pre-tokenizer splits text (Radford
 * et al., 2019): a token is {@code " ?\p{L}+"} (a word), {@code " ?\p{N}+"} (a number), {@code "
 * ?[^\s\p{L}\p{N}]+"} (punctuation) or a run of whitespace. Decoding concatenates tokens, so text
 * made of vocabulary tokens round-trips exactly. The vocabulary holds {@value #UNKNOWN} (id 0) and
 * the most frequent tokens of the fitted text, ties broken alphabetically.
 *
 * <pre>{@code
 * WordTokenizer words = WordTokenizer.fit(kjvText, 8_000);
 * words.decode(words.encode("And God said")); // "And God said"
 * }</pre>
 */
public final class WordTokenizer extends VocabularyTokenizer {
    /** The unknown token, id 0. */
    public static final String UNKNOWN = "<unk>";

    static final String TYPE = "word";
    private static final Pattern TOKEN =
            Pattern.compile(" ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+");

    private final Map<String, Integer> ids = new HashMap<>();

    WordTokenizer(List<String> tokens) {
        super(TYPE, UNKNOWN, tokens);
        for (int i = 0; i < this.tokens.size(); i++) {
            ids.put(this.tokens.get(i), i);
        }
    }

    /**
     * The {@code maxSize − 1} most frequent tokens of {@code text} after {@link #UNKNOWN}.
     *
     * @throws IllegalArgumentException if maxSize &lt; 2
     */
    public static WordTokenizer fit(String text, int maxSize) {
        if (maxSize < 2) {
            throw new IllegalArgumentException(
                    "A word vocabulary needs room for <unk> and one token, found maxSize "
                            + maxSize);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String piece : split(text)) {
            counts.merge(piece, 1, Integer::sum);
        }
        List<String> vocabulary = new ArrayList<>();
        vocabulary.add(UNKNOWN);
        counts.entrySet().stream()
                .sorted(
                        Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                                .reversed()
                                .thenComparing(Map.Entry::getKey))
                .limit(maxSize - 1L)
                .forEach(e -> vocabulary.add(e.getKey()));
        return new WordTokenizer(vocabulary);
    }

    /** The pieces of {@code text} in order; their concatenation is {@code text}. */
    public static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }

    /** {@inheritDoc} */
    @Override
    public int[] encode(String text) {
        return split(text).stream().mapToInt(p -> ids.getOrDefault(p, 0)).toArray();
    }
}
