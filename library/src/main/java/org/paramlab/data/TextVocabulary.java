package org.paramlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token ids for text: characters, or lower-cased words and punctuation marks.
 *
 * <p>Id 0 is {@value #PAD} (padding), id 1 is {@value #UNKNOWN} (a token outside the vocabulary);
 * the tokens follow, characters in code-point order, words by falling frequency then
 * alphabetically. The same corpus always gives the same ids.
 */
public final class TextVocabulary {
    /** The padding token, id 0. */
    public static final String PAD = "<pad>";

    /** The unknown token, id 1. */
    public static final String UNKNOWN = "<unk>";

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{M}']+|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    private final List<String> tokens;
    private final Map<String, Integer> ids;
    private final boolean characters;

    private TextVocabulary(List<String> tokens, boolean characters) {
        this.tokens = List.copyOf(tokens);
        this.characters = characters;
        this.ids = new HashMap<>();
        for (int i = 0; i < this.tokens.size(); i++) {
            ids.put(this.tokens.get(i), i);
        }
    }

    /** Every character (code point) of {@code corpus}. */
    public static TextVocabulary characters(String corpus) {
        TreeSet<Integer> points = new TreeSet<>();
        corpus.codePoints().forEach(points::add);
        List<String> tokens = new ArrayList<>(List.of(PAD, UNKNOWN));
        for (int p : points) {
            tokens.add(new String(Character.toChars(p)));
        }
        return new TextVocabulary(tokens, true);
    }

    /**
     * The {@code maxSize - 2} most frequent words and marks of {@code corpus} (ties
     * alphabetically), after {@link #PAD} and {@link #UNKNOWN}.
     *
     * @throws IllegalArgumentException if {@code maxSize < 3}
     */
    public static TextVocabulary words(String corpus, int maxSize) {
        if (maxSize < 3) {
            throw new IllegalArgumentException(
                    "A word vocabulary needs maxSize >= 3, got " + maxSize);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : splitWords(corpus)) {
            counts.merge(w, 1, Integer::sum);
        }
        List<String> tokens = new ArrayList<>(List.of(PAD, UNKNOWN));
        counts.entrySet().stream()
                .sorted(
                        Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                                .reversed()
                                .thenComparing(Map.Entry::getKey))
                .limit(maxSize - 2L)
                .forEach(e -> tokens.add(e.getKey()));
        return new TextVocabulary(tokens, false);
    }

    /** The words and marks of {@code text}, lower-cased, as {@link #words} counts them. */
    public static List<String> splitWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** True for a character vocabulary, false for words. */
    public boolean isCharacterLevel() {
        return characters;
    }

    /** The number of ids, including padding and unknown. */
    public int size() {
        return tokens.size();
    }

    /** The tokens, index = id. */
    public List<String> tokens() {
        return tokens;
    }

    /** The id of a token, or 1 ({@link #UNKNOWN}) if it is not in the vocabulary. */
    public int id(String token) {
        return ids.getOrDefault(token, 1);
    }

    /** The ids of {@code text}'s characters or words. */
    public int[] encode(String text) {
        if (characters) {
            return text.codePoints().map(p -> id(new String(Character.toChars(p)))).toArray();
        }
        return splitWords(text).stream().mapToInt(this::id).toArray();
    }

    /** {@link #encode} cut or padded (with 0) to exactly {@code length} ids. */
    public int[] encode(String text, int length) {
        return Arrays.copyOf(encode(text), length);
    }

    /** The text of some ids: characters joined directly, words by spaces; padding is dropped. */
    public String decode(int[] ids) {
        StringBuilder s = new StringBuilder();
        for (int id : ids) {
            if (id == 0) {
                continue;
            }
            if (!characters && s.length() > 0) {
                s.append(' ');
            }
            s.append(id > 0 && id < tokens.size() ? tokens.get(id) : UNKNOWN);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return (characters ? "character" : "word") + " vocabulary of " + size() + " ids";
    }
}
