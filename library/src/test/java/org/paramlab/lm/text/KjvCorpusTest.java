package org.paramlab.lm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paramlab.data.Kjv;

import java.util.List;

class KjvCorpusTest {

    @Test
    void versesAreGroupedIntoChaptersInOrder() {
        Kjv.Book genesis = Kjv.BOOKS.get(0);
        Kjv.Book exodus = Kjv.BOOKS.get(1);
        var verses =
                List.of(
                        new Kjv.Verse(genesis, 1, 1, 1, "In the beginning."),
                        new Kjv.Verse(genesis, 1, 1, 2, "And the earth."),
                        new Kjv.Verse(genesis, 1, 2, 1, "Thus the heavens."),
                        new Kjv.Verse(exodus, 2, 1, 1, "Now these are the names."));
        assertEquals(
                List.of(
                        "In the beginning.\nAnd the earth.\n",
                        "Thus the heavens.\n",
                        "Now these are the names.\n"),
                KjvCorpus.chapters(verses));
    }
}
