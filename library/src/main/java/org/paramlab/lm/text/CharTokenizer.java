package org.paramlab.lm.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One token per character (Unicode code point): id 0 is {@value #UNKNOWN} for characters outside
 * the vocabulary, the rest are the characters of the fitted text in code-point order, so the same
 * text always gives the same ids. Lossless on text drawn from the fitted alphabet.
 *
 * <pre>{@code
 * CharTokenizer chars = CharTokenizer.fit(kjvText);   // about 75 ids for the KJV
 * int[] ids = chars.encode("In the beginning");
 * chars.decode(ids); // "In the beginning"
 * }</pre>
 */
public final class CharTokenizer extends VocabularyTokenizer {
    /** The unknown character, id 0. */
    public static final String UNKNOWN = "\uFFFD";

    static final String TYPE = "char";

    private final Map<Integer, Integer> ids = new HashMap<>();

    CharTokenizer(List<String> tokens) {
        super(TYPE, UNKNOWN, tokens);
        for (int i = 1; i < this.tokens.size(); i++) {
            ids.put(this.tokens.get(i).codePointAt(0), i);
        }
    }

    /** The alphabet of {@code text}, plus {@link #UNKNOWN}. */
    public static CharTokenizer fit(String text) {
        TreeSet<Integer> points = new TreeSet<>();
        text.codePoints().forEach(points::add);
        points.remove(UNKNOWN.codePointAt(0));
        List<String> tokens = new ArrayList<>();
        tokens.add(UNKNOWN);
        for (int p : points) {
            tokens.add(new String(Character.toChars(p)));
        }
        return new CharTokenizer(tokens);
    }

    /** {@inheritDoc} */
    @Override
    public int[] encode(String text) {
        return text.codePoints().map(p -> ids.getOrDefault(p, 0)).toArray();
    }
}
