package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ReproRunTest {

    private static Claim claim(String id, Claim.Status status) {
        return new Claim(id, "claim " + id, "1", "1", status);
    }

    @Test
    void lowerCaseKebabSlugsAreAccepted() {
        assertEquals("matrix-sensing", new ReproRun("matrix-sensing", "", 1, Scale.SMOKE).slug());
        assertEquals("lora2", new ReproRun("lora2", "", 1, Scale.SMOKE).slug());
        assertEquals("0-start", new ReproRun("0-start", "", 1, Scale.SMOKE).slug());
    }

    @Test
    void slugsOutsideLowerCaseKebabCaseAreRejectedWithAnExample() {
        for (String bad :
                new String[] {
                    "Matrix-Sensing", "matrix sensing", "matrix_sensing", "-lead", "", "a.b"
                }) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> new ReproRun(bad, "", 1, Scale.SMOKE),
                            bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("kebab"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new ReproRun(null, "", 1, Scale.SMOKE));
    }

    @Test
    void nullPaperBecomesEmpty() {
        assertEquals("", new ReproRun("x", null, 1, Scale.SMOKE).snapshot().paper());
    }

    @Test
    void recordingTheSameIdReplacesTheClaimInPlace() {
        ReproRun run = new ReproRun("x", "", 1, Scale.SMOKE);
        run.record(claim("a", Claim.Status.FAILED));
        run.record(claim("b", Claim.Status.PASSED));
        run.record(claim("a", Claim.Status.PASSED));
        List<Claim> claims = run.claims();
        assertEquals(List.of("a", "b"), claims.stream().map(Claim::id).toList());
        assertEquals(Claim.Status.PASSED, claims.get(0).status());
    }

    @Test
    void timedReturnsTheValueAndRecordsThePhase() {
        ReproRun run = new ReproRun("x", "", 1, Scale.SMOKE);
        assertEquals(42, run.timed("fit", () -> 42));
        Double seconds = run.snapshot().timingsSeconds().get("fit");
        assertNotNull(seconds);
        assertTrue(seconds >= 0, "seconds " + seconds);
    }

    @Test
    void timedRecordsThePhaseWhenTheWorkThrows() {
        ReproRun run = new ReproRun("x", "", 1, Scale.SMOKE);
        assertThrows(
                IllegalStateException.class,
                () ->
                        run.timed(
                                "broken",
                                () -> {
                                    throw new IllegalStateException("fails");
                                }));
        assertTrue(run.snapshot().timingsSeconds().containsKey("broken"));
    }

    @Test
    void snapshotCarriesTheRunsSettingsAndClaims() {
        ReproRun run = new ReproRun("x", "Doe. ICLR 2024.", 42, Scale.FULL);
        run.record(claim("a", Claim.Status.PASSED));
        ReproResult r = run.snapshot();
        assertEquals("x", r.slug());
        assertEquals("Doe. ICLR 2024.", r.paper());
        assertEquals("full", r.scale());
        assertEquals(42, r.seed());
        assertEquals(run.claims(), r.claims());
        assertTrue(r.elapsedSeconds() >= 0);
        assertNotNull(r.environment());
        assertNotNull(java.time.Instant.parse(r.startedAt()));
    }

    @Test
    void saveToWritesSlugJsonThatReadsBackEqual(@TempDir Path dir) {
        ReproRun run = new ReproRun("round-trip", "Doe. ICLR 2024.", 7, Scale.SMOKE);
        run.record(claim("a", Claim.Status.PASSED));
        run.record(claim("b", Claim.Status.NOT_TESTED));
        run.timed("phase", () -> 1);
        ReproResult saved = run.saveTo(dir);
        Path file = dir.resolve("round-trip.json");
        assertTrue(Files.isRegularFile(file));
        assertEquals(saved, ReproResult.read(file));
    }

    @Test
    void toStringNamesSlugScaleSeedAndClaimCount() {
        ReproRun run = new ReproRun("x", "", 9, Scale.SMOKE);
        assertEquals("Reproduction run 'x' at smoke scale, seed 9", run.toString());
        run.record(claim("a", Claim.Status.PASSED));
        run.record(claim("b", Claim.Status.FAILED));
        assertEquals(
                "Reproduction run 'x' at smoke scale, seed 9, 2 claims so far", run.toString());
    }
}
