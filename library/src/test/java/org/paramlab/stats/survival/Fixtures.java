package org.paramlab.stats.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV fixtures written by make_fixtures.R beside the tests. */
final class Fixtures {
    private Fixtures() {}

    /** Rows of a CSV resource, header first, quotes stripped. */
    static List<String[]> csv(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Missing fixture " + name + "; run make_fixtures.R.");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\"", "");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value of survreg.csv. */
    static double survreg(String model, String quantity) {
        for (String[] row : csv("survreg.csv")) {
            if (row[0].equals(model) && row[1].equals(quantity)) {
                return Double.parseDouble(row[2]);
            }
        }
        throw new IllegalArgumentException("survreg.csv has no " + model + " / " + quantity);
    }

    static double parse(String cell) {
        return switch (cell) {
            case "NA" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(cell);
        };
    }
}
