package org.paramlab.train.sweep;

import org.paramlab.repro.ResultsDirectory;
import org.paramlab.repro.Scale;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a notebook's sweep keeps its runs, so re-running a cell (or the whole notebook after a
 * crash) resumes instead of starting over:
 *
 * <ol>
 *   <li>{@code $PARAMLAB_RUNS_DIR/<name>-<scale>} if that variable is set;
 *   <li>{@code <checkout>/.paramlab/runs/<name>-<scale>} when results go to a checkout's {@code
 *       results} folder (the lab and {@code ./paramlab reproduce}; ignored by git);
 *   <li>{@code <results>/runs/<name>-<scale>} otherwise (the test runner's temporary results
 *       folder, so tests never reuse stale runs).
 * </ol>
 *
 * <p>A stored run is reused only for an identical config; to recompute after changing library code,
 * change the name's version suffix (e.g. {@code step-law-v2}) or delete the folder.
 */
public final class SweepDirectory {
    /** Environment variable that overrides the runs' parent folder. */
    public static final String RUNS_DIR_VARIABLE = "PARAMLAB_RUNS_DIR";

    private SweepDirectory() {}

    /** The folder for sweep {@code name} at the current scale. */
    public static Path of(String name) {
        String folder = name + "-" + Scale.current().label();
        String explicit = System.getenv(RUNS_DIR_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit, folder);
        }
        Path results = ResultsDirectory.current().toAbsolutePath();
        Path parent = results.getParent();
        if (parent != null && Files.isRegularFile(parent.resolve("paramlab"))) {
            return parent.resolve(".paramlab").resolve("runs").resolve(folder);
        }
        return results.resolve("runs").resolve(folder);
    }
}
