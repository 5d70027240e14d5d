package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.List;

/**
 * The two dataset shapes text sources give: next-token windows for language models, and padded
 * labelled texts for classification.
 */
public final class TextDatasets {
    private TextDatasets() {}

    /**
     * Non-overlapping windows of {@code blockSize + 1} ids: input {@code x = ids[s .. s+T)} and
     * target {@code y = ids[s+1 .. s+T+1)}, both int64 (N, T), windows assigned to the splits at
     * random by {@code config}'s seed (unstratified).
     *
     * @throws IllegalArgumentException if the ids do not fill one window
     */
    public static Splits languageModel(
            NDManager manager, int[] ids, int blockSize, SplitConfig config) {
        if (blockSize < 1 || ids.length < blockSize + 1) {
            throw new IllegalArgumentException(
                    "Need blockSize >= 1 and at least blockSize + 1 = "
                            + (blockSize + 1)
                            + " ids, found blockSize "
                            + blockSize
                            + " and "
                            + ids.length
                            + " ids");
        }
        int windows = (ids.length - 1) / blockSize;
        long[] x = new long[windows * blockSize];
        long[] y = new long[windows * blockSize];
        for (int w = 0; w < windows; w++) {
            for (int t = 0; t < blockSize; t++) {
                x[w * blockSize + t] = ids[w * blockSize + t];
                y[w * blockSize + t] = ids[w * blockSize + t + 1];
            }
        }
        int[][] plan = SplitPlan.split(windows, null, config, true);
        try (NDManager scope = manager.newSubManager()) {
            NDArray xs = scope.create(x, new Shape(windows, blockSize));
            NDArray ys = scope.create(y, new Shape(windows, blockSize));
            return ArrayDatasets.build(
                    manager, xs, ys, null, null, plan, ClassBalance.none(), config);
        }
    }

    /**
     * Texts encoded by {@code vocabulary}, cut or padded to {@code length} ids (int64 (N, L)), with
     * class labels (int64 (N)); stratified splits.
     *
     * @param labels class of each text, index into {@code classes}
     */
    public static Splits classification(
            NDManager manager,
            List<String> texts,
            int[] labels,
            List<String> classes,
            TextVocabulary vocabulary,
            int length,
            SplitConfig config) {
        if (texts.size() != labels.length || length < 1) {
            throw new IllegalArgumentException(
                    "Need one label per text and length >= 1, found "
                            + texts.size()
                            + " texts, "
                            + labels.length
                            + " labels, length "
                            + length);
        }
        int n = texts.size();
        long[] x = new long[n * length];
        for (int i = 0; i < n; i++) {
            int[] ids = vocabulary.encode(texts.get(i), length);
            for (int t = 0; t < length; t++) {
                x[i * length + t] = ids[t];
            }
        }
        int[][] plan = SplitPlan.split(n, labels, config, true);
        try (NDManager scope = manager.newSubManager()) {
            NDArray xs = scope.create(x, new Shape(n, length));
            return ArrayDatasets.classified(manager, xs, labels, classes, plan, config);
        }
    }
}
