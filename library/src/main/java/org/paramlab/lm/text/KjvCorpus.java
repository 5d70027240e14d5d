package org.paramlab.lm.text;

import org.paramlab.data.Kjv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The King James Bible as a language-modelling corpus: its chapters (1,189 of them) are the
 * documents of a random training/validation split, tokenised by characters or words. The text comes
 * from {@link Kjv} ({@code ./paramlab data kjv} installs it), one verse per line without verse
 * labels.
 *
 * <pre>{@code
 * TokenCorpus kjv = KjvCorpus.characters(0.1, 42); // ~4.3M characters, ~77 ids
 * }</pre>
 */
public final class KjvCorpus {
    private KjvCorpus() {}

    /** The chapters' texts in canonical order, each its verses joined by newlines. */
    public static List<String> chapters() {
        return chapters(new Kjv().verses());
    }

    /** {@code verses} grouped by (book, chapter) in order of first appearance, one text each. */
    public static List<String> chapters(List<Kjv.Verse> verses) {
        Map<String, StringBuilder> chapters = new LinkedHashMap<>();
        for (Kjv.Verse v : verses) {
            chapters.computeIfAbsent(v.bookNumber() + ":" + v.chapter(), k -> new StringBuilder())
                    .append(v.text())
                    .append('\n');
        }
        List<String> texts = new ArrayList<>();
        chapters.values().forEach(s -> texts.add(s.toString()));
        return texts;
    }

    /**
     * Character-level corpus: a random {@code validationFraction} of the chapters held out
     * (seeded), the alphabet fitted on the whole text.
     *
     * @throws org.paramlab.data.DataSourceException if the KJV is not installed; run {@code
     *     ./paramlab data kjv}
     */
    public static TokenCorpus characters(double validationFraction, long seed) {
        List<String> chapters = chapters();
        CharTokenizer tokenizer = CharTokenizer.fit(String.join("\n", chapters));
        return TokenCorpus.split(chapters, tokenizer, validationFraction, seed);
    }

    /**
     * Word-level corpus with the {@code vocabularySize} most frequent tokens (fitted on the
     * training chapters' text only would leak nothing either way; fitted on all text here).
     */
    public static TokenCorpus words(int vocabularySize, double validationFraction, long seed) {
        List<String> chapters = chapters();
        WordTokenizer tokenizer = WordTokenizer.fit(String.join("\n", chapters), vocabularySize);
        return TokenCorpus.split(chapters, tokenizer, validationFraction, seed);
    }
}
