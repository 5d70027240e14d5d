package org.paramlab.stats.tuning;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;

import org.paramlab.data.FashionMnist;
import org.paramlab.data.SplitConfig;
import org.paramlab.data.Splits;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 45 binary tasks of Fashion-MNIST class pairs, in PCA-20 coordinates: the task distribution of
 * our illustration of Balcan, Nguyen and Sharma (arXiv:2501.13734), who give no experiments.
 *
 * <p>Images come from the training split of {@link FashionMnist} (limited to {@code pool} images,
 * seeded); the PCA is fitted on all of them; each task draws, per class, {@code perClass} training
 * and {@code perClass} validation images without overlap, from a stream seeded by the task.
 */
public final class FashionPairTasks {
    private FashionPairTasks() {}

    /**
     * Loads the pool, fits the PCA and builds every pair task (a &lt; b, in order).
     *
     * @param pool images loaded from the training split (e.g. 12,000, about 1,200 per class)
     * @param components PCA dimension (20)
     * @param perClass training (and validation) images per class per task (250: 500 per set)
     * @throws org.paramlab.data.DataSourceException if Fashion-MNIST is not installed
     * @throws IllegalArgumentException if a class has fewer than 2·perClass images in the pool
     */
    public static List<BinaryTask> load(
            NDManager manager, int pool, int components, int perClass, long seed) {
        float[][] images;
        int[] labels;
        try (NDManager scope = manager.newSubManager()) {
            Splits splits = new FashionMnist().load(scope, new SplitConfig(seed, 0.1, 0, pool, 32));
            ArrayDataset train = splits.train();
            try (Batch batch = train.getByRange(scope, 0, train.size())) {
                NDList data = batch.getData();
                float[] flat = data.head().toFloatArray();
                long[] y = batch.getLabels().head().toLongArray();
                int n = y.length;
                int p = flat.length / n;
                images = new float[n][p];
                labels = new int[n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(flat, i * p, images[i], 0, p);
                    labels[i] = (int) y[i];
                }
            }
        }
        PrincipalComponents pca = PrincipalComponents.fit(manager, images, components);
        List<List<float[]>> byClass = new ArrayList<>();
        for (int c = 0; c < FashionMnist.CLASSES.size(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < images.length; i++) {
            byClass.get(labels[i]).add(pca.project(images[i]));
        }
        for (int c = 0; c < byClass.size(); c++) {
            if (byClass.get(c).size() < 2 * perClass) {
                throw new IllegalArgumentException(
                        "Class '"
                                + FashionMnist.CLASSES.get(c)
                                + "' has "
                                + byClass.get(c).size()
                                + " images in a pool of "
                                + pool
                                + "; need "
                                + 2 * perClass
                                + ". Raise the pool or lower perClass.");
            }
        }
        List<BinaryTask> tasks = new ArrayList<>();
        int k = 10;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                SplittableRandom random = new SplittableRandom(seed * 7919 + a * 10L + b);
                int[] ia = shuffled(byClass.get(a).size(), random);
                int[] ib = shuffled(byClass.get(b).size(), random);
                float[][] trainX = new float[2 * perClass][];
                float[] trainY = new float[2 * perClass];
                float[][] validX = new float[2 * perClass][];
                float[] validY = new float[2 * perClass];
                for (int i = 0; i < perClass; i++) {
                    trainX[2 * i] = byClass.get(a).get(ia[i]);
                    trainX[2 * i + 1] = byClass.get(b).get(ib[i]);
                    trainY[2 * i + 1] = 1;
                    validX[2 * i] = byClass.get(a).get(ia[perClass + i]);
                    validX[2 * i + 1] = byClass.get(b).get(ib[perClass + i]);
                    validY[2 * i + 1] = 1;
                }
                tasks.add(
                        new BinaryTask(
                                FashionMnist.CLASSES.get(a) + " vs " + FashionMnist.CLASSES.get(b),
                                trainX,
                                trainY,
                                validX,
                                validY));
            }
        }
        return tasks;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
