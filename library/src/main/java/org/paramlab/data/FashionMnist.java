package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST: 70,000 grey 28×28 images of clothing in 10 classes, 60,000 for training and 10,000
 * for testing (Xiao, Rasul, Vollgraf, <i>Fashion-MNIST: a Novel Image Dataset for Benchmarking
 * Machine Learning Algorithms</i>, 2017, arXiv:1708.07747; MIT licence).
 *
 * <p>Reads Debian's {@code dataset-fashion-mnist} ({@code /usr/share/datasets/fashion-mnist},
 * installed by {@code ./paramlab data fashion-mnist}). Images are float32 (N, 1, 28, 28) in [0, 1]
 * (0 = background), labels int64 (N) indexing {@link #CLASSES}. The official test set is the test
 * split; the validation split is a stratified, seeded share of the official training set.
 *
 * <pre>{@code
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     Splits fashion = new FashionMnist().load(manager, SplitConfig.defaults());
 *     fashion.train().size();   // 54000
 * }
 * }</pre>
 */
public final class FashionMnist {
    /** The class names, index = label. */
    public static final List<String> CLASSES =
            List.of(
                    "T-shirt/top",
                    "Trouser",
                    "Pullover",
                    "Dress",
                    "Coat",
                    "Sandal",
                    "Shirt",
                    "Sneaker",
                    "Bag",
                    "Ankle boot");

    /** Where Debian installs the IDX files. */
    public static final String FOLDER = "/usr/share/datasets/fashion-mnist";

    static final int SIDE = 28;
    static final int TRAIN = 60_000;
    static final int TEST = 10_000;

    // CRC-32 of the uncompressed IDX files, which match the upstream release.
    private static final long TRAIN_IMAGES_CRC = 0xb4f29f28L;
    private static final long TRAIN_LABELS_CRC = 0x741a4657L;
    private static final long TEST_IMAGES_CRC = 0x678fe0b1L;
    private static final long TEST_LABELS_CRC = 0x80142c1fL;

    private final DataPaths paths;

    /** Fashion-MNIST where {@link DataPaths#current()} says. */
    public FashionMnist() {
        this(DataPaths.current());
    }

    /** Fashion-MNIST under {@code paths}. */
    public FashionMnist(DataPaths paths) {
        this.paths = paths;
    }

    /** The folder the IDX files are read from. */
    public Path folder() {
        return paths.system(FOLDER);
    }

    /**
     * The three splits, in {@code manager}.
     *
     * @throws DataSourceException if a file is missing, truncated or not the expected one
     */
    public Splits load(NDManager manager, SplitConfig config) {
        return load(manager, config, TRAIN, TEST, true);
    }

    /** Loads files with other sizes and no pinned checksums (for small test fixtures). */
    Splits load(NDManager manager, SplitConfig config, int train, int test, boolean pinned) {
        Path dir = folder();
        ByteBuffer trainLabels =
                Idx.readBytes(
                        DataSource.FASHION_MNIST,
                        dir.resolve("train-labels-idx1-ubyte.gz"),
                        pinned ? TRAIN_LABELS_CRC : -1,
                        train);
        ByteBuffer testLabels =
                Idx.readBytes(
                        DataSource.FASHION_MNIST,
                        dir.resolve("t10k-labels-idx1-ubyte.gz"),
                        pinned ? TEST_LABELS_CRC : -1,
                        test);
        int[] labels = labels(trainLabels, dir.resolve("train-labels-idx1-ubyte.gz"));
        int[] testLabelValues = labels(testLabels, dir.resolve("t10k-labels-idx1-ubyte.gz"));
        int[][] plan = SplitPlan.splitWithOfficialTest(train, labels, test, config);
        try (NDManager scope = manager.newSubManager()) {
            NDArray x =
                    images(
                            scope,
                            Idx.readBytes(
                                    DataSource.FASHION_MNIST,
                                    dir.resolve("train-images-idx3-ubyte.gz"),
                                    pinned ? TRAIN_IMAGES_CRC : -1,
                                    train,
                                    SIDE,
                                    SIDE),
                            train);
            NDArray xTest =
                    images(
                            scope,
                            Idx.readBytes(
                                    DataSource.FASHION_MNIST,
                                    dir.resolve("t10k-images-idx3-ubyte.gz"),
                                    pinned ? TEST_IMAGES_CRC : -1,
                                    test,
                                    SIDE,
                                    SIDE),
                            test);
            NDArray y = scope.create(ArrayDatasets.toLong(labels));
            NDArray yTest = scope.create(ArrayDatasets.toLong(testLabelValues));
            ClassBalance balance = countWithTest(labels, testLabelValues, plan);
            return ArrayDatasets.build(
                    manager, x, y, xTest, yTest, plan, balance, config, FashionMnist::scaled);
        }
    }

    private static ClassBalance countWithTest(int[] train, int[] test, int[][] plan) {
        ClassBalance fromTrain =
                ClassBalance.count(CLASSES, train, new int[][] {plan[0], plan[1], {}});
        ClassBalance fromTest = ClassBalance.count(CLASSES, test, new int[][] {{}, {}, plan[2]});
        return new ClassBalance(
                CLASSES, fromTrain.train(), fromTrain.validation(), fromTest.test());
    }

    /** The image bytes as uint8 (n, 1, 28, 28). */
    static NDArray images(NDManager scope, ByteBuffer bytes, int n) {
        return scope.create(bytes, new Shape(n, 1, SIDE, SIDE), DataType.UINT8);
    }

    /** Bytes 0..255 as float32 in [0, 1]. */
    static NDArray scaled(NDArray bytes) {
        return bytes.toType(DataType.FLOAT32, false).divi(255f);
    }

    private static int[] labels(ByteBuffer bytes, Path file) {
        int[] out = new int[bytes.remaining()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i) & 0xFF;
            if (out[i] >= CLASSES.size()) {
                throw DataSourceException.damaged(
                        DataSource.FASHION_MNIST,
                        file,
                        "labels 0 to 9",
                        "label " + out[i] + " at position " + i,
                        null);
            }
        }
        return out;
    }
}
