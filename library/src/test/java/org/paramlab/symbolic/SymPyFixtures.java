package org.paramlab.symbolic;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SymPy reference results in {@code sympy-fixtures.json}, made by {@code make_fixtures.py}
 * beside it (run with Debian's python3-sympy; the tests only read the JSON).
 */
public final class SymPyFixtures {
    private static JsonObject data;

    private SymPyFixtures() {}

    /** The parsed fixture file. */
    public static synchronized JsonObject load() {
        if (data == null) {
            try (InputStream in = SymPyFixtures.class.getResourceAsStream("sympy-fixtures.json")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "sympy-fixtures.json is missing; run make_fixtures.py in "
                                    + "src/test/resources/org/paramlab/symbolic");
                }
                data =
                        JsonParser.parseString(
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }
}
