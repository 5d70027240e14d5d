package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

class FashionMnistTest {

    /** Writes a gzip IDX file of unsigned bytes. */
    static void writeIdx(Path file, byte[] values, int... sizes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeInt(0x0800 | sizes.length);
            for (int s : sizes) {
                out.writeInt(s);
            }
            out.write(values);
        }
    }

    /** A tiny Fashion-MNIST: {@code train} and {@code test} images, image i filled with i % 256. */
    static DataPaths fixture(Path root, int train, int test) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Path dir = paths.system(FashionMnist.FOLDER);
        for (String part : new String[] {"train", "t10k"}) {
            int n = part.equals("train") ? train : test;
            byte[] images = new byte[n * 28 * 28];
            byte[] labels = new byte[n];
            for (int i = 0; i < n; i++) {
                Arrays.fill(images, i * 784, (i + 1) * 784, (byte) (i % 256));
                labels[i] = (byte) (i % 10);
            }
            writeIdx(dir.resolve(part + "-images-idx3-ubyte.gz"), images, n, 28, 28);
            writeIdx(dir.resolve(part + "-labels-idx1-ubyte.gz"), labels, n);
        }
        return paths;
    }

    @Test
    void fixtureLoadsIntoStratifiedSplitsWithTheOfficialTestSet(@TempDir Path root)
            throws IOException {
        DataPaths paths = fixture(root, 200, 50);
        SplitConfig config = SplitConfig.defaults().withValidationFraction(0.2);
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s = new FashionMnist(paths).load(m, config, 200, 50, false);
            assertEquals(160, s.train().size());
            assertEquals(40, s.validation().size());
            assertEquals(50, s.test().size());
            assertEquals(16, s.balance().train().get(3)); // 20 per class, 4 to validation
            assertEquals(4, s.balance().validation().get(7));
            assertEquals(5, s.balance().test().get(0));
            NDList first = s.preview(m, 4);
            assertEquals(new Shape(4, 1, 28, 28), first.get(0).getShape());
            assertEquals(DataType.FLOAT32, first.get(0).getDataType());
            assertEquals(DataType.INT64, first.get(1).getDataType());
            // Image i is filled with i / 255 and labelled i % 10: pixels and labels stay paired.
            for (int k = 0; k < 4; k++) {
                float pixel = first.get(0).get(k).max().getFloat();
                long label = first.get(1).getLong(k);
                assertEquals(label, Math.round(pixel * 255) % 10);
            }
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 100, 20);
        try (NDManager m = NDManager.newBaseManager()) {
            FashionMnist f = new FashionMnist(paths);
            NDArray a = f.load(m, SplitConfig.defaults(), 100, 20, false).preview(m, 30).get(0);
            NDArray b = f.load(m, SplitConfig.defaults(), 100, 20, false).preview(m, 30).get(0);
            NDArray c =
                    f.load(m, SplitConfig.defaults().withSeed(7), 100, 20, false)
                            .preview(m, 30)
                            .get(0);
            assertTrue(a.contentEquals(b));
            assertTrue(!a.contentEquals(c));
        }
    }

    @Test
    void truncatedImagesFileIsReportedWithTheFix(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 100, 20);
        Path images = paths.system(FashionMnist.FOLDER).resolve("train-images-idx3-ubyte.gz");
        writeIdx(images, new byte[99 * 784 + 10], 100, 28, 28); // header promises 100 images
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () ->
                                    new FashionMnist(paths)
                                            .load(m, SplitConfig.defaults(), 100, 20, false));
            assertEquals(DataSourceException.Kind.DAMAGED, e.kind());
            assertEquals(images, e.path());
            assertTrue(e.getMessage().contains("ends after 77626 value bytes"), e.getMessage());
            assertTrue(
                    e.getMessage().contains("./paramlab data --reinstall fashion-mnist"),
                    e.getMessage());
        }
    }

    @Test
    void gzipCutShortIsReported(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 100, 20);
        Path labels = paths.system(FashionMnist.FOLDER).resolve("t10k-labels-idx1-ubyte.gz");
        byte[] whole = Files.readAllBytes(labels);
        Files.write(labels, Arrays.copyOf(whole, whole.length - 6)); // lose the gzip trailer
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () ->
                                    new FashionMnist(paths)
                                            .load(m, SplitConfig.defaults(), 100, 20, false));
            assertEquals(DataSourceException.Kind.DAMAGED, e.kind());
        }
    }

    @Test
    void wrongMagicNumberIsReported(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 100, 20);
        Path labels = paths.system(FashionMnist.FOLDER).resolve("train-labels-idx1-ubyte.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x0D01); // float values, rank 1
            out.writeInt(100);
            out.write(new byte[400]);
        }
        Files.write(labels, bytes.toByteArray());
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () ->
                                    new FashionMnist(paths)
                                            .load(m, SplitConfig.defaults(), 100, 20, false));
            assertTrue(e.getMessage().contains("magic number 0x00000d01"), e.getMessage());
        }
    }

    @Test
    void missingFolderSaysWhichCommandInstallsIt(@TempDir Path root) {
        DataPaths paths = DataPaths.under(root);
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () -> new FashionMnist(paths).load(m, SplitConfig.defaults()));
            assertEquals(DataSourceException.Kind.MISSING, e.kind());
            assertTrue(
                    e.getMessage().endsWith("Run ./paramlab data fashion-mnist."), e.getMessage());
        }
    }

    @Test
    void loadingAThousandTimesInChildManagersLeavesTheParentUnchanged(@TempDir Path root)
            throws IOException {
        DataPaths paths = fixture(root, 30, 10);
        FashionMnist f = new FashionMnist(paths);
        try (NDManager parent = NDManager.newBaseManager()) {
            int before = parent.getManagedArrays().size();
            for (int i = 0; i < 1000; i++) {
                try (NDManager child = parent.newSubManager()) {
                    Splits s = f.load(child, SplitConfig.defaults().withSeed(i), 30, 10, false);
                    assertEquals(10, s.test().size());
                }
            }
            assertEquals(before, parent.getManagedArrays().size());
        }
    }

    @Test
    void realDataHasSixtyThousandTrainingAndTenThousandTestImagesBalanced() {
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s =
                    InstalledData.require(
                            DataSource.FASHION_MNIST,
                            () -> new FashionMnist().load(m, SplitConfig.defaults()));
            assertEquals(54_000, s.train().size());
            assertEquals(6_000, s.validation().size());
            assertEquals(10_000, s.test().size());
            assertEquals(FashionMnist.CLASSES, s.classes());
            for (int c = 0; c < 10; c++) {
                assertEquals(5_400, s.balance().train().get(c));
                assertEquals(600, s.balance().validation().get(c));
                assertEquals(1_000, s.balance().test().get(c));
            }
            NDArray x = s.preview(m, 64).get(0);
            assertEquals(0f, x.min().getFloat());
            assertEquals(1f, x.max().getFloat());
        }
    }
}
