package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

class Mnist10kTest {

    /** An npm-style tarball with {@code perDigit} images per digit; pixel value = digit / 10. */
    static DataPaths fixture(Path root, int perDigit, String corruptDigit) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/package.json", "{\"name\":\"mnist\"}".getBytes());
        for (int d = 0; d < 10; d++) {
            StringBuilder json = new StringBuilder("{ \"data\": [");
            for (int i = 0; i < perDigit * 784; i++) {
                json.append(i == 0 ? "" : ",").append(d / 10.0);
            }
            if (String.valueOf(d).equals(corruptDigit)) {
                json.append(",0.5"); // one value too many: not whole images
            }
            files.put(
                    "package/src/digits/" + d + ".json", json.append("] }").toString().getBytes());
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(TarArchive.write(files));
        }
        Path tgz = paths.cached(Mnist10k.TARBALL);
        Files.createDirectories(tgz.getParent());
        Files.write(tgz, gz.toByteArray());
        return paths;
    }

    @Test
    void fixtureDigitsKeepTheirLabels(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 10, null);
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s = new Mnist10k(paths, null).load(m, SplitConfig.defaults());
            assertEquals(100, s.train().size() + s.validation().size() + s.test().size());
            assertEquals(2, s.balance().test().get(4));
            NDArray x = s.preview(m, 20).get(0);
            NDArray y = s.preview(m, 20).get(1);
            assertEquals(new Shape(20, 1, 28, 28), x.getShape());
            for (int i = 0; i < 20; i++) {
                assertEquals(y.getLong(i) / 10.0, x.get(i).max().getFloat(), 1e-6);
            }
        }
    }

    @Test
    void partialImageIsReported(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 2, "3");
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () -> new Mnist10k(paths, null).load(m, SplitConfig.defaults()));
            assertTrue(
                    e.getMessage().contains("3.json holding whole 784-value images"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("1569 values"), e.getMessage());
        }
    }

    @Test
    void tarballWithAnotherChecksumIsDamaged(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 1, null);
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () -> new Mnist10k(paths).load(m, SplitConfig.defaults()));
            assertEquals(DataSourceException.Kind.DAMAGED, e.kind());
            assertTrue(
                    e.getMessage().contains("./paramlab data --reinstall mnist"), e.getMessage());
        }
    }

    @Test
    void missingTarballNamesTheCommand(@TempDir Path root) {
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () ->
                                    new Mnist10k(DataPaths.under(root))
                                            .load(m, SplitConfig.defaults()));
            assertEquals(DataSourceException.Kind.MISSING, e.kind());
            assertTrue(e.getMessage().endsWith("Run ./paramlab data mnist."));
        }
    }

    @Test
    void realPackageHasTenThousandDigitsWithItsClassCounts() {
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s =
                    InstalledData.require(
                            DataSource.MNIST, () -> new Mnist10k().load(m, SplitConfig.defaults()));
            assertEquals(10_000, s.train().size() + s.validation().size() + s.test().size());
            for (int d = 0; d < 10; d++) {
                int total =
                        s.balance().train().get(d)
                                + s.balance().validation().get(d)
                                + s.balance().test().get(d);
                assertEquals(Mnist10k.COUNTS[d], total, "digit " + d);
            }
            NDArray x = s.preview(m, 100).get(0);
            assertEquals(1f, x.max().getFloat(), 1e-6);
            assertEquals(0f, x.min().getFloat());
        }
    }
}
