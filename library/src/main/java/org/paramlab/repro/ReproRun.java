package org.paramlab.repro;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One notebook's run in progress: the claims and timings recorded so far. Made by {@link
 * Repro#begin(String, String, long)}; notebooks normally use {@link Repro}'s static methods, which
 * act on the current run.
 *
 * <p>Recording a claim whose id was already recorded replaces it, so re-running a cell never
 * duplicates a claim.
 */
public final class ReproRun {
    private final String slug;
    private final String paper;
    private final long seed;
    private final Scale scale;
    private final Instant startedAt;
    private final long startNanos;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();

    ReproRun(String slug, String paper, long seed, Scale scale) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "Slug '"
                            + slug
                            + "' must be the notebook's file name in lower-case kebab case, e.g."
                            + " 'matrix-sensing'.");
        }
        this.slug = slug;
        this.paper = Objects.requireNonNullElse(paper, "");
        this.seed = seed;
        this.scale = Objects.requireNonNull(scale, "scale");
        this.startedAt = Instant.now();
        this.startNanos = System.nanoTime();
    }

    /** The notebook's slug. */
    public String slug() {
        return slug;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The scale the run started at. */
    public Scale scale() {
        return scale;
    }

    /** Records or replaces a claim. */
    public synchronized Claim record(Claim claim) {
        claims.put(claim.id(), claim);
        return claim;
    }

    /** Runs {@code work}, recording its wall time under {@code phase}, and returns its value. */
    public <T> T timed(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            double seconds = (System.nanoTime() - start) / 1e9;
            synchronized (this) {
                timings.put(phase, seconds);
            }
        }
    }

    /** The claims recorded so far, in order. */
    public synchronized List<Claim> claims() {
        return List.copyOf(claims.values());
    }

    /** A snapshot of this run as a results record. */
    public synchronized ReproResult snapshot() {
        return new ReproResult(
                slug,
                paper,
                scale.label(),
                seed,
                startedAt.toString(),
                (System.nanoTime() - startNanos) / 1e9,
                timings,
                RunEnvironment.current(),
                new ArrayList<>(claims.values()));
    }

    @Override
    public String toString() {
        return "Reproduction run '"
                + slug
                + "' at "
                + scale.label()
                + " scale, seed "
                + seed
                + (claims.isEmpty()
                        ? ""
                        : ", "
                                + claims.size()
                                + (claims.size() == 1 ? " claim" : " claims")
                                + " so far");
    }

    /** Writes the snapshot to {@code directory} and returns it. */
    public ReproResult saveTo(Path directory) {
        ReproResult result = snapshot();
        result.writeTo(directory);
        return result;
    }
}
