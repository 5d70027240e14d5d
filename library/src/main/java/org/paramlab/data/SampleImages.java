package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * scikit-image's sample images (Debian {@code python3-skimage}, installed by {@code ./paramlab data
 * sample-images}): photographs and textures such as {@code astronaut}, {@code camera}, {@code
 * coffee}, {@code chelsea}, {@code brick}, {@code grass}, and {@code lfw_subset.npy}, 200 grey
 * 25×25 crops of which the first 100 are faces (from Labeled Faces in the Wild) and the last 100
 * are not.
 *
 * <p>Images come as {@link BufferedImage}s or as float32 arrays (H, W, C) in [0, 1]; the face set
 * as {@link Splits} with images (N, 1, 25, 25) and labels 1 = face, 0 = not a face.
 */
public final class SampleImages {
    /** Where Debian installs scikit-image's data. */
    public static final String FOLDER = "/usr/lib/python3/dist-packages/skimage/data";

    /** Class names of the face set, index = label. */
    public static final List<String> FACE_CLASSES = List.of("not a face", "face");

    static final int FACES = 200;
    static final int FACE_SIDE = 25;

    private final DataPaths paths;

    /** The images where {@link DataPaths#current()} says. */
    public SampleImages() {
        this(DataPaths.current());
    }

    /** The images under {@code paths}. */
    public SampleImages(DataPaths paths) {
        this.paths = paths;
    }

    /** The folder the images are read from. */
    public Path folder() {
        return paths.system(FOLDER);
    }

    /**
     * The names (without extension) of the PNG and JPEG images, sorted.
     *
     * @throws DataSourceException if the folder is missing
     */
    public List<String> names() {
        Path dir = existingFolder();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png") || n.endsWith(".jpg"))
                    .map(n -> n.substring(0, n.lastIndexOf('.')))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.SAMPLE_IMAGES, dir, "a readable folder", e.getMessage(), e);
        }
    }

    /**
     * The image called {@code name}, e.g. {@code "astronaut"}.
     *
     * @throws DataSourceException if it is missing or cannot be decoded
     */
    public BufferedImage image(String name) {
        Path dir = existingFolder();
        Path file = dir.resolve(name + ".png");
        if (!Files.isRegularFile(file)) {
            file = dir.resolve(name + ".jpg");
        }
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(
                    DataSource.SAMPLE_IMAGES, dir.resolve(name + ".png"), "the image " + name);
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw DataSourceException.damaged(
                        DataSource.SAMPLE_IMAGES, file, "a PNG or JPEG image", "no image", null);
            }
            return image;
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.SAMPLE_IMAGES, file, "a PNG or JPEG image", e.getMessage(), e);
        }
    }

    /** The image called {@code name} as float32 (H, W, 3) in [0, 1] (grey images repeat). */
    public NDArray array(NDManager manager, String name) {
        return pixels(manager, image(name));
    }

    /** Any image as float32 (H, W, 3) in [0, 1]. */
    public static NDArray pixels(NDManager manager, BufferedImage image) {
        int h = image.getHeight();
        int w = image.getWidth();
        float[] v = new float[h * w * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int at = (y * w + x) * 3;
                v[at] = ((rgb >> 16) & 0xFF) / 255f;
                v[at + 1] = ((rgb >> 8) & 0xFF) / 255f;
                v[at + 2] = (rgb & 0xFF) / 255f;
            }
        }
        return manager.create(v, new Shape(h, w, 3));
    }

    /**
     * The face / non-face set from {@code lfw_subset.npy}, split by {@code config} (stratified).
     *
     * @throws DataSourceException if the file is missing or not 200 images of 25×25
     */
    public Splits faces(NDManager manager, SplitConfig config) {
        Path file = existingFolder().resolve("lfw_subset.npy");
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(DataSource.SAMPLE_IMAGES, file, "lfw_subset.npy");
        }
        int[] labels = new int[FACES];
        for (int i = 0; i < FACES / 2; i++) {
            labels[i] = 1;
        }
        try (NDManager scope = manager.newSubManager()) {
            NDArray raw;
            try {
                raw = Npy.read(scope, file);
            } catch (IllegalArgumentException | IOException e) {
                throw DataSourceException.damaged(
                        DataSource.SAMPLE_IMAGES, file, "a .npy file", e.getMessage(), e);
            }
            Shape want = new Shape(FACES, FACE_SIDE, FACE_SIDE);
            if (!raw.getShape().equals(want)) {
                throw DataSourceException.damaged(
                        DataSource.SAMPLE_IMAGES,
                        file,
                        "shape " + want,
                        "shape " + raw.getShape(),
                        null);
            }
            NDArray x = raw.toType(DataType.FLOAT32, false).reshape(FACES, 1, FACE_SIDE, FACE_SIDE);
            int[][] plan = SplitPlan.split(FACES, labels, config, true);
            return ArrayDatasets.classified(manager, x, labels, FACE_CLASSES, plan, config);
        }
    }

    private Path existingFolder() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            throw DataSourceException.missing(
                    DataSource.SAMPLE_IMAGES, dir, "scikit-image's data folder");
        }
        return dir;
    }

    /** Names of the classic photographs, for a first look. */
    public static List<String> highlights() {
        return List.of("astronaut", "camera", "coffee", "chelsea", "brick", "grass");
    }
}
