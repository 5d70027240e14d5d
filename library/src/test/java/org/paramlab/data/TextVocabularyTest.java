package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.List;

class TextVocabularyTest {

    @Test
    void charactersAreNumberedInCodePointOrderAfterPadAndUnknown() {
        TextVocabulary v = TextVocabulary.characters("baab c");
        assertEquals(List.of("<pad>", "<unk>", " ", "a", "b", "c"), v.tokens());
        assertArrayEquals(new int[] {4, 3, 1}, v.encode("baz"));
        assertEquals("bac", v.decode(v.encode("bac")));
        assertArrayEquals(new int[] {4, 3, 0, 0}, v.encode("ba", 4));
        assertArrayEquals(new int[] {4}, v.encode("bac", 1));
    }

    @Test
    void wordsAreLowerCasedAndRankedByFrequencyThenAlphabet() {
        TextVocabulary v = TextVocabulary.words("The cat; the dog. THE end, the cat!", 6);
        assertEquals(List.of("<pad>", "<unk>", "the", "cat", "!", ","), v.tokens());
        assertArrayEquals(new int[] {2, 3, 1}, v.encode("the cat sat"));
        assertEquals("the cat <unk>", v.decode(v.encode("the cat sat")));
    }

    @Test
    void splitWordsKeepsApostrophesAndSplitsMarks() {
        assertEquals(
                List.of("and", "god's", "light", ":", "1"),
                TextVocabulary.splitWords("And God's light: 1"));
    }

    @Test
    void tinyWordVocabularyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TextVocabulary.words("a b", 2));
    }
}
