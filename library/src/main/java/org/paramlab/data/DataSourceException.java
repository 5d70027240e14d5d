package org.paramlab.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A data source is missing or damaged. The message names the source, the path that was looked at,
 * what was expected there and what was found, and the {@code ./paramlab data} command that fixes
 * it.
 */
public final class DataSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the source. */
    public enum Kind {
        /** A file or folder of the source does not exist. */
        MISSING,
        /** A program the source needs cannot be run. */
        PROGRAM_MISSING,
        /** The source is there but its content is not what a good copy holds. */
        DAMAGED
    }

    private final DataSource source;
    private final Kind kind;
    private final transient Path path;

    private DataSourceException(
            DataSource source, Kind kind, Path path, String message, Throwable cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.path = path;
    }

    /**
     * The source is not installed: {@code path} does not exist.
     *
     * @param what what should have been at {@code path}, e.g. "the training images"
     */
    public static DataSourceException missing(DataSource source, Path path, String what) {
        return new DataSourceException(
                source,
                Kind.MISSING,
                path,
                source.title()
                        + " is not installed: expected "
                        + what
                        + " at "
                        + path
                        + ", found nothing there. Run "
                        + source.installCommand()
                        + ".",
                null);
    }

    /**
     * The source is there but its content is wrong.
     *
     * @param expected what a good copy has, e.g. "60000 images of 28×28"
     * @param found what this copy has
     */
    public static DataSourceException damaged(
            DataSource source, Path path, String expected, String found, Throwable cause) {
        return new DataSourceException(
                source,
                Kind.DAMAGED,
                path,
                source.title()
                        + " is damaged at "
                        + path
                        + ": expected "
                        + expected
                        + ", found "
                        + found
                        + ". Reinstall it with "
                        + source.reinstallCommand()
                        + ".",
                cause);
    }

    /**
     * A program the source needs is not installed, e.g. {@code sox} or {@code espeak-ng}.
     *
     * @param program the command that could not be run
     */
    public static DataSourceException programMissing(
            DataSource source, String program, Throwable cause) {
        return new DataSourceException(
                source,
                Kind.PROGRAM_MISSING,
                null,
                source.title()
                        + " needs the program '"
                        + program
                        + "', which could not be run. Run "
                        + source.installCommand()
                        + ".",
                cause);
    }

    /** The source concerned. */
    public DataSource source() {
        return source;
    }

    /** What is wrong. */
    public Kind kind() {
        return kind;
    }

    /** The path that was looked at, or null when a program was missing. */
    public Path path() {
        return path;
    }
}
