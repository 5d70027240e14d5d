package org.paramlab.repro;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of {@code results/<slug>.json}: the claims one notebook run tested, at which scale
 * and seed, on which machine, and how long it took.
 *
 * @param slug the notebook's file name without extension, e.g. {@code matrix-sensing}
 * @param paper the paper's citation as the notebook gives it
 * @param scale {@code smoke} or {@code full}
 * @param seed the seed every experiment in the run derived its randomness from
 * @param startedAt ISO-8601 instant the run began
 * @param elapsedSeconds wall time from {@code Repro.begin} to {@code Repro.save}
 * @param timingsSeconds wall time of named phases, in the order they ran
 * @param environment machine, JVM, engine and device
 * @param claims the claims in the order the notebook recorded them
 */
public record ReproResult(
        String slug,
        String paper,
        String scale,
        long seed,
        String startedAt,
        double elapsedSeconds,
        Map<String, Double> timingsSeconds,
        RunEnvironment environment,
        List<Claim> claims) {

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** Copies the collections so a result never changes after it is made. */
    public ReproResult {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(timingsSeconds, "timingsSeconds");
        Objects.requireNonNull(claims, "claims");
        // Map.copyOf would lose the order the phases ran in.
        timingsSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(timingsSeconds));
        claims = List.copyOf(claims);
    }

    /** Number of claims that passed. */
    public long passedCount() {
        return claims.stream().filter(Claim::passed).count();
    }

    /** Number of claims that were tested (passed or failed). */
    public long testedCount() {
        return claims.stream().filter(c -> c.status() != Claim.Status.NOT_TESTED).count();
    }

    /** This result as pretty-printed JSON. */
    public String toJson() {
        return GSON.toJson(this);
    }

    /**
     * Writes this result to {@code directory/<slug>.json}, atomically, so that an interrupted write
     * never leaves a truncated file in place of the last good one.
     *
     * @return the file written
     */
    public Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(slug + ".json");
            Path temporary = Files.createTempFile(directory, slug, ".json.tmp");
            Files.writeString(temporary, toJson() + "\n", StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write results to " + directory, e);
        }
    }

    /**
     * Reads a results file.
     *
     * @throws IllegalArgumentException if the file is not a valid results file, naming it
     */
    public static ReproResult read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        ReproResult result;
        try {
            result = GSON.fromJson(json, ReproResult.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Gson wraps the constructor's rejection of a missing field in a RuntimeException.
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(
                    file
                            + " is not a ParamLab results file (missing or invalid "
                            + reason.getMessage()
                            + ").",
                    e);
        }
        if (result == null) {
            throw new IllegalArgumentException(
                    file + " is not a ParamLab results file (no slug or claims).");
        }
        return result;
    }
}
