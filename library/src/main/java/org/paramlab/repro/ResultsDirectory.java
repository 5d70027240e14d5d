package org.paramlab.repro;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the folder results files go to.
 *
 * <p>In order: {@code PARAMLAB_RESULTS_DIR} (the test runner points it at a temporary folder so
 * that tests never overwrite committed results); {@code $PARAMLAB_HOME/results} (the kernel sets
 * {@code PARAMLAB_HOME} to the repository root); the {@code results} folder of the nearest parent
 * of the working directory that holds a {@code paramlab} launcher; {@code ./results}.
 */
public final class ResultsDirectory {
    /** Environment variable that overrides where results go. */
    public static final String RESULTS_DIR_VARIABLE = "PARAMLAB_RESULTS_DIR";

    /** Environment variable holding the ParamLab checkout's root. */
    public static final String HOME_VARIABLE = "PARAMLAB_HOME";

    private ResultsDirectory() {}

    /** The folder results are written to now. */
    public static Path current() {
        String explicit = System.getenv(RESULTS_DIR_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String home = System.getenv(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home, "results");
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("paramlab"))) {
                return p.resolve("results");
            }
        }
        return dir.resolve("results");
    }
}
