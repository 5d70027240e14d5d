package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The environment variables cannot be set from a test, so each case runs only where the environment
 * is the one it needs; the working directory cannot be changed either, so the launcher search is
 * checked from wherever the test runs.
 */
class ResultsDirectoryTest {

    private static boolean isSet(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }

    @Test
    void explicitResultsDirectoryVariableWins() {
        assumeTrue(isSet(ResultsDirectory.RESULTS_DIR_VARIABLE));
        assertEquals(
                Path.of(System.getenv(ResultsDirectory.RESULTS_DIR_VARIABLE)),
                ResultsDirectory.current());
    }

    @Test
    void homeVariableGivesItsResultsFolder() {
        assumeTrue(!isSet(ResultsDirectory.RESULTS_DIR_VARIABLE));
        assumeTrue(isSet(ResultsDirectory.HOME_VARIABLE));
        assertEquals(
                Path.of(System.getenv(ResultsDirectory.HOME_VARIABLE), "results"),
                ResultsDirectory.current());
    }

    @Test
    void withoutVariablesResultsSitBesideTheNearestLauncher() {
        assumeTrue(!isSet(ResultsDirectory.RESULTS_DIR_VARIABLE));
        assumeTrue(!isSet(ResultsDirectory.HOME_VARIABLE));
        Path workingDir = Path.of("").toAbsolutePath();
        Path expected = workingDir.resolve("results");
        for (Path p = workingDir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("paramlab"))) {
                expected = p.resolve("results");
                break;
            }
        }
        assertEquals(expected, ResultsDirectory.current());
    }
}
