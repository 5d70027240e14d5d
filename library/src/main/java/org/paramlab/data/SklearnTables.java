package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * scikit-learn's small tables (installed by {@code ./paramlab data sklearn}) as Tablesaw tables and
 * as split DJL datasets.
 *
 * <p>The CSV files are read as scikit-learn reads them: iris, wine and breast cancer open with a
 * line {@code rows,features,class names...}, then rows of features and an integer class; digits has
 * 64 pixels and the class per row; diabetes is two files, 10 space-separated raw variables and the
 * target. The loader checks the row and column counts and the class range.
 *
 * <p>Datasets: features float32 (N, F) unscaled, labels int64 (N) for classes or float32 (N) for
 * the diabetes target; splits are stratified for classes.
 */
public final class SklearnTables {
    /** Where Debian installs scikit-learn's data files. */
    public static final String FOLDER = "/usr/lib/python3/dist-packages/sklearn/datasets/data";

    private static final List<String> DIGIT_CLASSES =
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final DataPaths paths;

    /** The tables where {@link DataPaths#current()} says. */
    public SklearnTables() {
        this(DataPaths.current());
    }

    /** The tables under {@code paths}. */
    public SklearnTables(DataPaths paths) {
        this.paths = paths;
    }

    /** The folder the tables are read from. */
    public Path folder() {
        return paths.system(FOLDER);
    }

    /**
     * The table: one column per feature, then {@code target} (class name, or the number for
     * diabetes).
     *
     * @throws DataSourceException if the file is missing or malformed
     */
    public Table table(SklearnTable which) {
        Parsed p = parse(which);
        Table t = Table.create(which.name().toLowerCase(java.util.Locale.ROOT));
        for (int f = 0; f < which.features().size(); f++) {
            double[] column = new double[p.rows()];
            for (int r = 0; r < p.rows(); r++) {
                column[r] = p.features[r][f];
            }
            t.addColumns(DoubleColumn.create(which.features().get(f), column));
        }
        if (which.classification()) {
            StringColumn target = StringColumn.create("target");
            IntColumn label = IntColumn.create("label");
            for (int r = 0; r < p.rows(); r++) {
                target.append(p.classes.get(p.labels[r]));
                label.append(p.labels[r]);
            }
            t.addColumns(label, target);
        } else {
            t.addColumns(DoubleColumn.create("target", p.target));
        }
        return t;
    }

    /** The class names of a classification table, index = label; empty for diabetes. */
    public List<String> classes(SklearnTable which) {
        return parse(which).classes;
    }

    /**
     * The table as split datasets in {@code manager}.
     *
     * @throws DataSourceException if the file is missing or malformed
     */
    public Splits load(SklearnTable which, NDManager manager, SplitConfig config) {
        Parsed p = parse(which);
        int n = p.rows();
        int f = which.features().size();
        float[] flat = new float[n * f];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < f; c++) {
                flat[r * f + c] = (float) p.features[r][c];
            }
        }
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(flat, new Shape(n, f));
            if (which.classification()) {
                int[][] plan = SplitPlan.split(n, p.labels, config, true);
                return ArrayDatasets.classified(manager, x, p.labels, p.classes, plan, config);
            }
            float[] y = new float[n];
            for (int r = 0; r < n; r++) {
                y[r] = (float) p.target[r];
            }
            int[][] plan = SplitPlan.split(n, null, config, true);
            return ArrayDatasets.build(
                    manager, x, scope.create(y), null, null, plan, ClassBalance.none(), config);
        }
    }

    private record Parsed(
            double[][] features, int[] labels, double[] target, List<String> classes) {
        int rows() {
            return features.length;
        }
    }

    private Parsed parse(SklearnTable which) {
        Path dir = folder();
        Path file = dir.resolve(which.file());
        List<String> lines = lines(file);
        return switch (which) {
            case DIGITS -> withClassColumn(which, file, lines, DIGIT_CLASSES);
            case DIABETES ->
                    diabetes(which, file, lines, lines(dir.resolve("diabetes_target.csv.gz")));
            default -> withHeader(which, file, lines);
        };
    }

    private Parsed withHeader(SklearnTable which, Path file, List<String> lines) {
        if (lines.isEmpty()) {
            throw damaged(file, "a header line", "an empty file");
        }
        String[] head = lines.get(0).split(",");
        int f = which.features().size();
        if (head.length < 3
                || !head[0].trim().equals(String.valueOf(which.rows()))
                || !head[1].trim().equals(String.valueOf(f))) {
            throw damaged(
                    file,
                    "a header '" + which.rows() + "," + f + ",<classes>'",
                    "'" + lines.get(0) + "'");
        }
        List<String> classes = new ArrayList<>();
        for (int i = 2; i < head.length; i++) {
            classes.add(head[i].trim());
        }
        return withClassColumn(which, file, lines.subList(1, lines.size()), classes);
    }

    private Parsed withClassColumn(
            SklearnTable which, Path file, List<String> lines, List<String> classes) {
        int f = which.features().size();
        if (lines.size() != which.rows()) {
            throw damaged(file, which.rows() + " rows", lines.size() + " rows");
        }
        double[][] x = new double[lines.size()][];
        int[] y = new int[lines.size()];
        for (int r = 0; r < lines.size(); r++) {
            double[] v = numbers(file, lines.get(r), ",", f + 1, r);
            x[r] = java.util.Arrays.copyOf(v, f);
            y[r] = (int) v[f];
            if (y[r] < 0 || y[r] >= classes.size() || y[r] != v[f]) {
                throw damaged(
                        file,
                        "class labels 0 to " + (classes.size() - 1),
                        "'" + v[f] + "' on row " + (r + 1));
            }
        }
        return new Parsed(x, y, null, List.copyOf(classes));
    }

    private Parsed diabetes(SklearnTable which, Path file, List<String> data, List<String> target) {
        int f = which.features().size();
        if (data.size() != which.rows() || target.size() != which.rows()) {
            throw damaged(
                    file,
                    which.rows() + " rows of data and of targets",
                    data.size() + " and " + target.size());
        }
        double[][] x = new double[data.size()][];
        double[] y = new double[data.size()];
        for (int r = 0; r < data.size(); r++) {
            x[r] = numbers(file, data.get(r), "\\s+", f, r);
            y[r] = numbers(file, target.get(r), "\\s+", 1, r)[0];
        }
        return new Parsed(x, null, y, List.of());
    }

    private static double[] numbers(Path file, String line, String separator, int count, int row) {
        String[] parts = line.trim().split(separator);
        if (parts.length != count) {
            throw damaged(file, count + " values per row", parts.length + " on row " + (row + 1));
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw damaged(file, "numbers", "'" + parts[i] + "' on row " + (row + 1));
            }
        }
        return v;
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(DataSource.SKLEARN, file, "a scikit-learn data file");
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw DataSourceException.damaged(
                    DataSource.SKLEARN, file, "a readable CSV file", e.getMessage(), e);
        }
    }

    private static DataSourceException damaged(Path file, String expected, String found) {
        return DataSourceException.damaged(DataSource.SKLEARN, file, expected, found, null);
    }
}
