package org.paramlab.data;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Survival tables exported once from R and shipped in the repository's {@code data/} folder (see
 * {@code data/README.md} for provenance, licences and the export script): NCCTG {@code lung}, the
 * Veterans' Administration {@code veteran} trial, and {@code Melanoma} from MASS.
 *
 * <p>Each file's SHA-256 is checked before it is read, so an edited or truncated copy is reported.
 * Missing values ({@code NA}) are Tablesaw's missing values.
 */
public final class SurvivalData {
    static final String LUNG_SHA256 =
            "bfdc088d610b0225cb3a297da9de5701a36a912f608ea69afb52e4267be12a3d";
    static final String VETERAN_SHA256 =
            "313250dbd6c2684d536a5f5923a354bba7a1162c63503876b3d8538f1d5df5ab";
    static final String MELANOMA_SHA256 =
            "161fa5b43a8dabf6b0ab7dc0da25bc1333c0ea08576c7876fc769b91b0f6b8ee";

    private final DataPaths paths;

    /** The tables where {@link DataPaths#current()} says. */
    public SurvivalData() {
        this(DataPaths.current());
    }

    /** The tables under {@code paths}. */
    public SurvivalData(DataPaths paths) {
        this.paths = paths;
    }

    /**
     * NCCTG advanced lung cancer, 228 patients × 10 columns ({@code time} in days, {@code status} 1
     * = censored, 2 = dead).
     */
    public Table lung() {
        return read("lung.csv", LUNG_SHA256);
    }

    /**
     * Veterans' Administration lung cancer trial, 137 patients × 8 columns ({@code status} 1 =
     * dead, 0 = censored).
     */
    public Table veteran() {
        return read("veteran.csv", VETERAN_SHA256);
    }

    /**
     * Malignant melanoma in Denmark, 205 patients × 7 columns ({@code status} 1 = died from
     * melanoma, 2 = alive, 3 = other death).
     */
    public Table melanoma() {
        return read("melanoma.csv", MELANOMA_SHA256);
    }

    /** Reads a shipped CSV after checking its SHA-256. */
    Table read(String name, String sha256) {
        Path file = paths.shipped(name);
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(
                    DataSource.SURVIVAL, file, "the table " + name + " shipped in data/");
        }
        String found = sha256(file);
        if (!found.equals(sha256)) {
            throw DataSourceException.damaged(
                    DataSource.SURVIVAL, file, "SHA-256 " + sha256, found, null);
        }
        try {
            String title = name.substring(0, name.length() - 4);
            return Table.read()
                    .csv(
                            CsvReadOptions.builder(file.toFile())
                                    .tableName(title)
                                    .missingValueIndicator("NA")
                                    .build());
        } catch (RuntimeException e) {
            throw DataSourceException.damaged(
                    DataSource.SURVIVAL, file, "a CSV table", e.getMessage(), e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }
}
