package org.paramlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a helper program (sox, espeak-ng) to completion and reports how it went. */
final class ExternalProgram {
    private ExternalProgram() {}

    /** Exit status and standard error of a finished run. */
    record Outcome(int exitCode, String errors) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * Runs {@code command}, writing {@code input} (or nothing) to its standard input.
     *
     * @throws DataSourceException if the program cannot be started (not installed)
     */
    static Outcome run(DataSource source, List<String> command, String input, int timeoutSeconds) {
        Process process;
        try {
            process =
                    new ProcessBuilder(command)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
        } catch (IOException e) {
            throw DataSourceException.programMissing(source, command.get(0), e);
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            try (InputStream stderr = process.getErrorStream()) {
                stderr.transferTo(errors);
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, "timed out after " + timeoutSeconds + " s");
            }
            return new Outcome(process.exitValue(), errors.toString(StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            process.destroyForcibly();
            return new Outcome(-1, e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }
}
