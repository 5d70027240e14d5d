package org.paramlab.repro;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Records what a notebook reproduced. Claims are data: each is stored with the paper's figure, the
 * measured one and whether the pass condition held, and {@link #save()} writes them to {@code
 * results/<slug>.json}.
 *
 * <pre>{@code
 * Repro.begin("matrix-sensing", "Xiong, Ding, Du. ICLR 2024. arXiv:2310.01769", 42);
 * ...
 * Repro.claim("sym-slope", "Over-parameterized symmetric GD: error ~ t^-1",
 *         "-1", slope, slope >= -1.2 && slope <= -0.8);
 * Repro.save();
 * }</pre>
 *
 * <p>The static methods act on the current run, which {@link #begin} replaces; a notebook has one.
 */
public final class Repro {
    private static volatile ReproRun current;

    private Repro() {}

    /**
     * Starts the notebook's run at the current {@link Scale}.
     *
     * @param slug the notebook's file name without {@code .ipynb}
     * @param paper the paper's citation: authors, venue, year, arXiv id
     * @param seed the seed the notebook's experiments derive their randomness from
     * @throws IllegalArgumentException if the slug is not lower-case kebab case
     */
    public static ReproRun begin(String slug, String paper, long seed) {
        ReproRun run = new ReproRun(slug, paper, seed, Scale.current());
        current = run;
        return run;
    }

    /** {@link #begin(String, String, long)} without a citation. */
    public static ReproRun begin(String slug, long seed) {
        return begin(slug, "", seed);
    }

    /**
     * The current run.
     *
     * @throws IllegalStateException if {@link #begin} has not been called
     */
    public static ReproRun current() {
        ReproRun run = current;
        if (run == null) {
            throw new IllegalStateException(
                    "No reproduction run has begun; call Repro.begin(slug, paper, seed) in the"
                            + " setup cell first.");
        }
        return run;
    }

    /** Records a claim as tested, with the pass condition's outcome. */
    public static Claim claim(
            String id, String description, String paperValue, String measured, boolean passed) {
        return current()
                .record(
                        new Claim(
                                id,
                                description,
                                paperValue,
                                measured,
                                passed ? Claim.Status.PASSED : Claim.Status.FAILED));
    }

    /** Records a claim whose measured value is a number, written with four significant digits. */
    public static Claim claim(
            String id, String description, String paperValue, double measured, boolean passed) {
        return claim(id, description, paperValue, format(measured), passed);
    }

    /** Records a claim this notebook cannot test here, with the reason. */
    public static Claim notTested(String id, String description, String paperValue, String reason) {
        return current()
                .record(new Claim(id, description, paperValue, reason, Claim.Status.NOT_TESTED));
    }

    /** Runs {@code work} and records its wall time under {@code phase} in the results file. */
    public static <T> T timed(String phase, Supplier<T> work) {
        return current().timed(phase, work);
    }

    /** The claims recorded so far as a table: id, claim, paper, measured, status. */
    public static Table claims() {
        return claimsTable(current().snapshot());
    }

    /**
     * Writes {@code results/<slug>.json} (see {@link ResultsDirectory}) and returns what it wrote.
     */
    public static ReproResult save() {
        return current().saveTo(ResultsDirectory.current());
    }

    /** Writes the current run's results into {@code directory}. */
    public static ReproResult saveTo(Path directory) {
        return current().saveTo(directory);
    }

    /** A result's claims as a table: id, claim, paper, measured, status. */
    public static Table claimsTable(ReproResult result) {
        StringColumn id = StringColumn.create("id");
        StringColumn claim = StringColumn.create("claim");
        StringColumn paper = StringColumn.create("paper");
        StringColumn measured = StringColumn.create("measured");
        StringColumn status = StringColumn.create("status");
        for (Claim c : result.claims()) {
            id.append(c.id());
            claim.append(c.description());
            paper.append(c.paperValue());
            measured.append(c.measuredValue());
            status.append(c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return Table.create(result.slug() + " (" + result.scale() + ")")
                .addColumns(id, claim, paper, measured, status);
    }

    /**
     * Four significant digits, scientific notation outside [1e-3, 1e4) (from 1e4 up, four digits
     * need an exponent: {@code 1.235e+04}).
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e4)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
