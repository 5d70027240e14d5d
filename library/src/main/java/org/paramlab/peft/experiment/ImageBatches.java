package org.paramlab.peft.experiment;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.train.TrainBatch;

import java.util.Random;

/**
 * Minibatches of an {@link ImageTask}: inputs {@code pixels (B, 1, S, S)}, labels {@code (B)}
 * int64. Training batches walk a seeded shuffle per epoch; with {@code rotations} each image is
 * turned by a random multiple of 90° and labelled with it instead (the self-supervised
 * rotation-prediction task of Gidaris, Singh, Komodakis, ICLR 2018, arXiv:1803.07728); held-out and
 * test batches are the development and test splits in order (rotated the same way, seeded by
 * position).
 */
public final class ImageBatches implements ClassifierData {
    private final ImageTask task;
    private final int batchSize;
    private final long seed;
    private final boolean rotations;
    private int[] order;
    private long orderEpoch = -1;

    /**
     * Batches over {@code task}.
     *
     * @param rotations train and evaluate rotation prediction (4 classes) instead of the labels
     * @throws IllegalArgumentException if the batch size is not positive
     */
    public ImageBatches(ImageTask task, int batchSize, long seed, boolean rotations) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be ≥ 1, got " + batchSize);
        }
        this.task = task;
        this.batchSize = batchSize;
        this.seed = seed;
        this.rotations = rotations;
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return rotations ? task.name() + "-rotation" : task.name();
    }

    /** {@inheritDoc} */
    @Override
    public int numClasses() {
        return rotations ? 4 : task.classes().size();
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch trainBatch(NDManager manager, long step) {
        int n = task.train().size();
        int perEpoch = Math.max(1, n / batchSize);
        long epoch = step / perEpoch;
        if (epoch != orderEpoch) {
            order = shuffled(n, new Random(seed * 1_000_003L + epoch));
            orderEpoch = epoch;
        }
        int from = (int) (step % perEpoch) * batchSize;
        int[] idx = new int[Math.min(batchSize, n - from)];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = order[from + i];
        }
        return batch(manager, task.train(), idx, new Random(seed + 31 * step));
    }

    /** {@inheritDoc} */
    @Override
    public int heldOutBatches() {
        return (task.dev().size() + batchSize - 1) / batchSize;
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch heldOutBatch(NDManager manager, int index) {
        return batch(manager, task.dev(), range(task.dev(), index), new Random(seed + index));
    }

    /** {@inheritDoc} */
    @Override
    public int testBatches() {
        return (task.test().size() + batchSize - 1) / batchSize;
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch testBatch(NDManager manager, int index) {
        return batch(manager, task.test(), range(task.test(), index), new Random(seed - index));
    }

    private int[] range(ImageTask.Split split, int index) {
        int from = index * batchSize;
        int[] idx = new int[Math.min(batchSize, split.size() - from)];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = from + i;
        }
        return idx;
    }

    private TrainBatch batch(NDManager manager, ImageTask.Split split, int[] idx, Random random) {
        int side = task.side();
        int area = side * side;
        float[] pixels = new float[idx.length * area];
        long[] labels = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            int quarter = rotations ? random.nextInt(4) : 0;
            rotate(split.pixels(), idx[i] * area, side, quarter, pixels, i * area);
            labels[i] = rotations ? quarter : split.labels()[idx[i]];
        }
        NDList inputs = new NDList(manager.create(pixels, new Shape(idx.length, 1, side, side)));
        return new TrainBatch(inputs, new NDList(manager.create(labels)), idx.length);
    }

    /** Copies one image turned by {@code quarter} × 90° counter-clockwise. */
    static void rotate(float[] src, int from, int side, int quarter, float[] dst, int to) {
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int sr;
                int sc;
                switch (quarter) {
                    case 1 -> {
                        sr = c;
                        sc = side - 1 - r;
                    }
                    case 2 -> {
                        sr = side - 1 - r;
                        sc = side - 1 - c;
                    }
                    case 3 -> {
                        sr = side - 1 - c;
                        sc = r;
                    }
                    default -> {
                        sr = r;
                        sc = c;
                    }
                }
                dst[to + r * side + c] = src[from + sr * side + sc];
            }
        }
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
