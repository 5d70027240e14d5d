package org.paramlab.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.paramlab.lm.text.CharTokenizer;
import org.paramlab.lm.text.TokenCorpus;

class LmBatchesTest {
    static final String TEXT = "abcdefghijklmnopqrstuvwxyz".repeat(8);

    @Test
    void labelsAreTheInputsShiftedByOneAndBatchesAreAFunctionOfTheStep() {
        TokenCorpus corpus = TokenCorpus.contiguous(TEXT, CharTokenizer.fit(TEXT), 0.25);
        LmBatches batches = new LmBatches(corpus, 4, 8, 2, 7);
        try (NDManager manager = NDManager.newBaseManager()) {
            var batch = batches.trainBatch(manager, 5);
            assertEquals(new Shape(4, 8), batch.inputs().head().getShape());
            assertEquals(32, batch.tokens());
            int[] x = batch.inputs().head().toIntArray();
            int[] y = batch.labels().head().toIntArray();
            for (int b = 0; b < 4; b++) {
                for (int t = 0; t < 7; t++) {
                    assertEquals(x[b * 8 + t + 1], y[b * 8 + t]);
                }
            }
            assertArrayEquals(x, batches.trainBatch(manager, 5).inputs().head().toIntArray());
            assertArrayEquals(
                    batches.heldOutBatch(manager, 1).inputs().head().toIntArray(),
                    batches.heldOutBatch(manager, 1).inputs().head().toIntArray());
        }
    }

    @Test
    void aContextLongerThanASplitIsRejected() {
        TokenCorpus corpus = TokenCorpus.contiguous(TEXT, CharTokenizer.fit(TEXT), 0.05);
        assertThrows(IllegalArgumentException.class, () -> new LmBatches(corpus, 2, 64, 1, 0));
    }
}
