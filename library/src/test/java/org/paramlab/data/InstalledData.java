package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

import java.util.function.Supplier;

/**
 * Runs tests on the real installed sources. A source that is not installed skips the test with the
 * command that installs it, unless {@code PARAMLAB_REQUIRE_DATA=1} (CI), where it fails. A damaged
 * source always fails.
 */
final class InstalledData {
    /** Environment variable that turns missing sources from skips into failures. */
    static final String REQUIRE_VARIABLE = "PARAMLAB_REQUIRE_DATA";

    private InstalledData() {}

    /** The value {@code load} returns, or a skip/failure if the source is not installed. */
    static <T> T require(DataSource source, Supplier<T> load) {
        try {
            return load.get();
        } catch (DataSourceException e) {
            if (e.source() != source || e.kind() == DataSourceException.Kind.DAMAGED) {
                throw e;
            }
            String hint = source.title() + " is not installed here; run " + source.installCommand();
            if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
                fail(
                        hint
                                + " ("
                                + REQUIRE_VARIABLE
                                + "=1 makes this a failure): "
                                + e.getMessage(),
                        e);
            }
            Assumptions.abort(hint + " (" + e.getMessage() + ")");
            throw e; // not reached
        }
    }
}
