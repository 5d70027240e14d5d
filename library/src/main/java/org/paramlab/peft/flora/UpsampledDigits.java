package org.paramlab.peft.flora;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;

import org.paramlab.data.SklearnTable;
import org.paramlab.data.SklearnTables;
import org.paramlab.data.SplitConfig;
import org.paramlab.data.Splits;
import org.paramlab.peft.experiment.ImageTask;

/**
 * scikit-learn's 1,797 handwritten digits (8 × 8, grey levels 0–16; Alpaydin and Kaynak, UCI
 * Optical Recognition of Handwritten Digits, 1998) upsampled bilinearly to 28 × 28 and scaled to
 * [0, 1], so that a network pretrained on 28 × 28 images can be adapted to them: the second
 * downstream task of the FLoRA notebook.
 */
public final class UpsampledDigits {
    /** The output side. */
    public static final int SIDE = 28;

    private UpsampledDigits() {}

    /**
     * The digits split 70/10/20, stratified and seeded, each split capped at the given size (0 =
     * all).
     *
     * @throws org.paramlab.data.DataSourceException if scikit-learn's data are not installed
     *     ({@code ./paramlab data sklearn})
     */
    public static ImageTask task(long seed, int train, int dev, int test) {
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s =
                    new SklearnTables()
                            .load(
                                    SklearnTable.DIGITS,
                                    m,
                                    SplitConfig.defaults()
                                            .withSeed(seed)
                                            .withValidationFraction(0.1)
                                            .withTestFraction(0.2));
            return new ImageTask(
                    "sklearn-digits-28",
                    s.classes(),
                    SIDE,
                    split(s.train(), train, m),
                    split(s.validation(), dev, m),
                    split(s.test(), test, m));
        }
    }

    private static ImageTask.Split split(ArrayDataset set, int cap, NDManager m) {
        long n = cap > 0 ? Math.min(cap, set.size()) : set.size();
        try (NDManager scope = m.newSubManager();
                Batch batch = set.getByRange(scope, 0, n)) {
            float[] small = batch.getData().head().toType(DataType.FLOAT32, false).toFloatArray();
            long[] labels = batch.getLabels().head().toType(DataType.INT64, false).toLongArray();
            float[] pixels = new float[(int) n * SIDE * SIDE];
            int[] y = new int[(int) n];
            for (int i = 0; i < n; i++) {
                upsample(small, i * 64, pixels, i * SIDE * SIDE);
                y[i] = (int) labels[i];
            }
            return new ImageTask.Split(pixels, y);
        }
    }

    /**
     * Bilinear resampling of one 8 × 8 image (grey levels 0–16) to 28 × 28 in [0, 1], pixel centres
     * aligned ({@code src = (dst + ½)·8/28 − ½}, clamped at the border).
     */
    static void upsample(float[] src, int from, float[] dst, int to) {
        double ratio = 8.0 / SIDE;
        for (int r = 0; r < SIDE; r++) {
            double sr = Math.min(7, Math.max(0, (r + 0.5) * ratio - 0.5));
            int r0 = (int) Math.floor(sr);
            int r1 = Math.min(7, r0 + 1);
            double fr = sr - r0;
            for (int c = 0; c < SIDE; c++) {
                double sc = Math.min(7, Math.max(0, (c + 0.5) * ratio - 0.5));
                int c0 = (int) Math.floor(sc);
                int c1 = Math.min(7, c0 + 1);
                double fc = sc - c0;
                double top = src[from + r0 * 8 + c0] * (1 - fc) + src[from + r0 * 8 + c1] * fc;
                double bottom = src[from + r1 * 8 + c0] * (1 - fc) + src[from + r1 * 8 + c1] * fc;
                dst[to + r * SIDE + c] = (float) ((top * (1 - fr) + bottom * fr) / 16);
            }
        }
    }
}
