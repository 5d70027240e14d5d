package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

class SampleImagesTest {

    static DataPaths fixture(Path root, int faces) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Path dir = paths.system(SampleImages.FOLDER);
        Files.createDirectories(dir);
        BufferedImage red = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        red.setRGB(1, 2, 0xFF0000);
        ImageIO.write(red, "png", dir.resolve("dot.png").toFile());
        double[] v = new double[faces * 25 * 25];
        for (int i = 0; i < faces; i++) {
            java.util.Arrays.fill(v, i * 625, (i + 1) * 625, i < faces / 2 ? 1.0 : 0.0);
        }
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double d : v) {
            b.putDouble(d);
        }
        String dict =
                "{'descr': '<f8', 'fortran_order': False, 'shape': (" + faces + ", 25, 25), }";
        Files.write(dir.resolve("lfw_subset.npy"), NpyTest.npy(1, dict, b.array()));
        return paths;
    }

    @Test
    void pngBecomesAnRgbArrayInUnitRange(@TempDir Path root) throws IOException {
        SampleImages images = new SampleImages(fixture(root, 200));
        assertEquals(List.of("dot"), images.names());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = images.array(m, "dot");
            assertEquals(new Shape(3, 4, 3), a.getShape());
            assertEquals(1f, a.get(2, 1, 0).getFloat());
            assertEquals(0f, a.get(2, 1, 1).getFloat());
            assertEquals(1f, a.sum().getFloat());
        }
    }

    @Test
    void facesAreLabelledOneForTheFirstHundred(@TempDir Path root) throws IOException {
        SampleImages images = new SampleImages(fixture(root, 200));
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s = images.faces(m, SplitConfig.defaults());
            assertEquals(List.of(20, 20), s.balance().test());
            NDArray x = s.preview(m, 10).get(0);
            NDArray y = s.preview(m, 10).get(1);
            assertEquals(new Shape(10, 1, 25, 25), x.getShape());
            for (int i = 0; i < 10; i++) {
                assertEquals(y.getLong(i), (long) x.get(i).max().getFloat());
            }
        }
    }

    @Test
    void wrongFaceCountIsDamage(@TempDir Path root) throws IOException {
        SampleImages images = new SampleImages(fixture(root, 100));
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () -> images.faces(m, SplitConfig.defaults()));
            assertTrue(
                    e.getMessage()
                            .contains("expected shape (200, 25, 25), found shape (100, 25, 25)"),
                    e.getMessage());
        }
    }

    @Test
    void badNpyHeaderIsDamageNamingTheFile(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root, 200);
        Path npy = paths.system(SampleImages.FOLDER).resolve("lfw_subset.npy");
        Files.write(
                npy,
                NpyTest.npy(
                        1,
                        "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }",
                        new byte[16]));
        try (NDManager m = NDManager.newBaseManager()) {
            DataSourceException e =
                    assertThrows(
                            DataSourceException.class,
                            () -> new SampleImages(paths).faces(m, SplitConfig.defaults()));
            assertEquals(npy, e.path());
            assertTrue(
                    e.getMessage().contains("unsupported .npy element type '<c16'"),
                    e.getMessage());
        }
    }

    @Test
    void unknownImageNamesTheCommand(@TempDir Path root) throws IOException {
        SampleImages images = new SampleImages(fixture(root, 200));
        DataSourceException e = assertThrows(DataSourceException.class, () -> images.image("nope"));
        assertTrue(e.getMessage().endsWith("Run ./paramlab data sample-images."));
    }

    @Test
    void realImagesAndFaces() {
        SampleImages images = new SampleImages();
        BufferedImage astronaut =
                InstalledData.require(DataSource.SAMPLE_IMAGES, () -> images.image("astronaut"));
        assertEquals(512, astronaut.getWidth());
        assertEquals(512, astronaut.getHeight());
        assertTrue(images.names().containsAll(SampleImages.highlights()));
        try (NDManager m = NDManager.newBaseManager()) {
            Splits faces = images.faces(m, SplitConfig.defaults());
            assertEquals(
                    200, faces.train().size() + faces.validation().size() + faces.test().size());
            assertEquals(List.of(20, 20), faces.balance().test());
        }
    }
}
