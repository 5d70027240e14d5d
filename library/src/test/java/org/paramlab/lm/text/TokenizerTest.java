package org.paramlab.lm.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

class TokenizerTest {
    static final String TEXT =
            "In the beginning God created the heaven and the earth.\n"
                    + "And the earth was without form, and void; and darkness was upon the face of"
                    + " the deep.\n";

    @Test
    void charactersRoundTripAndUnknownsMapToZero() {
        CharTokenizer chars = CharTokenizer.fit(TEXT);
        assertEquals(TEXT, chars.decode(chars.encode(TEXT)));
        assertEquals(0, chars.encode("Z")[0]);
        assertEquals(CharTokenizer.UNKNOWN, chars.token(0));
        assertEquals(" ", chars.token(chars.encode(" ")[0]));
    }

    @Test
    void charactersAreInCodePointOrder() {
        CharTokenizer chars = CharTokenizer.fit("cab");
        assertArrayEquals(new int[] {1, 2, 3}, chars.encode("abc"));
    }

    @Test
    void wordsKeepTheirLeadingSpaceSoTextRoundTrips() {
        WordTokenizer words = WordTokenizer.fit(TEXT, 1000);
        assertEquals(TEXT, words.decode(words.encode(TEXT)));
        assertEquals(
                List.of("And", " God", " said", ",", " \"", "Let", "\n"),
                WordTokenizer.split("And God said, \"Let\n"));
    }

    @Test
    void aSmallWordVocabularyKeepsTheMostFrequentTokens() {
        WordTokenizer words = WordTokenizer.fit(TEXT, 3);
        assertEquals(3, words.vocabSize());
        assertEquals(" the", words.token(1)); // 5 occurrences
        assertEquals(WordTokenizer.UNKNOWN, words.decode(words.encode(" created")));
        assertThrows(IllegalArgumentException.class, () -> WordTokenizer.fit(TEXT, 1));
    }

    @Test
    void tokenizersSaveAndLoad(@TempDir Path dir) {
        for (TextTokenizer t : List.of(CharTokenizer.fit(TEXT), WordTokenizer.fit(TEXT, 50))) {
            Path file = dir.resolve(t.getClass().getSimpleName() + ".json");
            t.save(file);
            TextTokenizer loaded = TextTokenizer.load(file);
            assertEquals(t.getClass(), loaded.getClass());
            assertArrayEquals(t.encode(TEXT), loaded.encode(TEXT));
            assertEquals(t.vocabSize(), loaded.vocabSize());
        }
    }

    @Test
    void documentSplitsHoldOutWholeDocuments() {
        CharTokenizer chars = CharTokenizer.fit(TEXT);
        List<String> docs = List.of("aaa", "bbb", "ccc", "ddd", "eee", "fff", "ggg", "hhh");
        TokenCorpus corpus = TokenCorpus.split(docs, CharTokenizer.fit("abcdefgh\n"), 0.25, 3);
        String validation = corpus.tokenizer().decode(corpus.validation());
        String train = corpus.tokenizer().decode(corpus.train());
        for (String d : docs) {
            assertTrue(validation.contains(d) ^ train.contains(d), d);
        }
        assertTrue(chars.vocabSize() > 10);
    }
}
