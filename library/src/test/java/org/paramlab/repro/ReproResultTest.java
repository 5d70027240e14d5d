package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

class ReproResultTest {
    private static final RunEnvironment ENVIRONMENT =
            new RunEnvironment("Linux 6.1", "amd64", 8, 4096, "17.0.15", "PyTorch 2.7.1", "cpu()");

    private static Claim claim(String id, Claim.Status status) {
        return new Claim(id, "claim " + id, "1", "1", status);
    }

    private static ReproResult result(String slug, List<Claim> claims) {
        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("setup", 0.25);
        timings.put("train", 12.5);
        return new ReproResult(
                slug,
                "Doe, Roe. NeurIPS 2023. arXiv:2301.00001",
                "smoke",
                42,
                "2025-01-02T03:04:05Z",
                13.0,
                timings,
                ENVIRONMENT,
                claims);
    }

    @Test
    void writeThenReadReturnsAnEqualResult(@TempDir Path dir) {
        ReproResult r =
                result(
                        "round-trip",
                        List.of(
                                new Claim(
                                        "a",
                                        "slope <= -0.8 & \"quoted\" | piped",
                                        "-1",
                                        "-0.98",
                                        Claim.Status.PASSED),
                                claim("b", Claim.Status.FAILED),
                                claim("c", Claim.Status.NOT_TESTED)));
        Path file = r.writeTo(dir);
        assertEquals(dir.resolve("round-trip.json"), file);
        assertEquals(r, ReproResult.read(file));
    }

    @Test
    void jsonKeepsHtmlCharactersReadable() {
        ReproResult r =
                result(
                        "x",
                        List.of(new Claim("a", "error <= 1e-3", "<1", ">0", Claim.Status.PASSED)));
        String json = r.toJson();
        assertTrue(json.contains("\"error <= 1e-3\""), json);
        assertTrue(json.contains("\"slug\": \"x\""), json);
    }

    @Test
    void timingsKeepTheOrderThePhasesRan(@TempDir Path dir) {
        Map<String, Double> timings = new LinkedHashMap<>();
        List<String> phases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String phase = "phase-" + (char) ('t' - i);
            phases.add(phase);
            timings.put(phase, (double) i);
        }
        ReproResult r =
                new ReproResult("x", "", "smoke", 1, "", 1, timings, ENVIRONMENT, List.of());
        assertEquals(phases, new ArrayList<>(r.timingsSeconds().keySet()));
        ReproResult read = ReproResult.read(r.writeTo(dir));
        assertEquals(phases, new ArrayList<>(read.timingsSeconds().keySet()));
    }

    @Test
    void resultDoesNotChangeWhenItsInputsDo() {
        List<Claim> claims = new ArrayList<>(List.of(claim("a", Claim.Status.PASSED)));
        Map<String, Double> timings = new LinkedHashMap<>(Map.of("train", 1.0));
        ReproResult r = new ReproResult("x", "", "smoke", 1, "", 1, timings, ENVIRONMENT, claims);
        claims.add(claim("b", Claim.Status.PASSED));
        timings.put("eval", 2.0);
        assertEquals(1, r.claims().size());
        assertEquals(Map.of("train", 1.0), r.timingsSeconds());
        assertThrows(UnsupportedOperationException.class, () -> r.claims().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.timingsSeconds().clear());
    }

    @Test
    void atomicWriteLeavesOnlyTheResultsFile(@TempDir Path dir) throws IOException {
        result("first", List.of(claim("a", Claim.Status.FAILED))).writeTo(dir);
        ReproResult second = result("first", List.of(claim("a", Claim.Status.PASSED)));
        second.writeTo(dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("first.json")), files.toList());
        }
        assertEquals(second, ReproResult.read(dir.resolve("first.json")));
    }

    @Test
    void writeCreatesMissingDirectories(@TempDir Path dir) {
        Path nested = dir.resolve("a/b");
        Path file = result("x", List.of()).writeTo(nested);
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void readOfMalformedJsonThrowsIllegalArgumentExceptionNamingTheFile(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"slug\": \"x\", \"claims\": [", StandardCharsets.UTF_8);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReproResult.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void readOfJsonThatIsNotAResultThrowsIllegalArgumentExceptionNamingTheFile(@TempDir Path dir)
            throws IOException {
        for (String text : new String[] {"", "null", "[]", "{}", "{\"slug\": \"x\"}", "42"}) {
            Path file = dir.resolve("other.json");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> ReproResult.read(file), text);
            assertTrue(e.getMessage().contains(file.toString()), text + ": " + e.getMessage());
        }
    }

    @Test
    void passedAndTestedCountsFollowTheStatuses() {
        ReproResult r =
                result(
                        "x",
                        List.of(
                                claim("a", Claim.Status.PASSED),
                                claim("b", Claim.Status.PASSED),
                                claim("c", Claim.Status.FAILED),
                                claim("d", Claim.Status.NOT_TESTED),
                                claim("e", Claim.Status.NOT_TESTED),
                                claim("f", Claim.Status.NOT_TESTED)));
        assertEquals(2, r.passedCount());
        assertEquals(3, r.testedCount());
        assertEquals(0, result("empty", List.of()).testedCount());
    }
}
