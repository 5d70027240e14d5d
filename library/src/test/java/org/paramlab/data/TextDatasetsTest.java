package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import java.util.List;

class TextDatasetsTest {

    @Test
    void languageModelTargetsAreInputsShiftedByOne() {
        int[] ids = new int[101];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s = TextDatasets.languageModel(m, ids, 10, SplitConfig.defaults());
            assertEquals(10, s.train().size() + s.validation().size() + s.test().size());
            NDList first = s.preview(m, 1);
            assertEquals(new Shape(1, 10), first.get(0).getShape());
            long[] x = first.get(0).toLongArray();
            long[] y = first.get(1).toLongArray();
            for (int t = 0; t < 10; t++) {
                assertEquals(x[t] + 1, y[t]);
            }
            assertEquals(0, x[0] % 10, "windows do not overlap: each starts at a multiple of 10");
        }
    }

    @Test
    void classificationPadsTextsAndKeepsLabels() {
        TextVocabulary v = TextVocabulary.characters("abc");
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s =
                    TextDatasets.classification(
                            m,
                            List.of("a", "bb", "ccc", "abc", "cab", "b", "ca", "ab", "ba", "c"),
                            new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1},
                            List.of("even", "odd"),
                            v,
                            3,
                            SplitConfig.defaults().withTestFraction(0.2).withValidationFraction(0));
            assertEquals(8, s.train().size());
            assertEquals(List.of(1, 1), s.balance().test());
            NDArray x = s.preview(m, 8).get(0);
            assertEquals(new Shape(8, 3), x.getShape());
        }
    }

    @Test
    void tooFewIdsForOneWindowIsAnError() {
        try (NDManager m = NDManager.newBaseManager()) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> TextDatasets.languageModel(m, new int[5], 5, SplitConfig.defaults()));
        }
        assertArrayEquals(new int[0], new int[0]);
    }
}
