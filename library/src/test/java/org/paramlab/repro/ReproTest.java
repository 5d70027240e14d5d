package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ReproTest {

    /**
     * Repro has no public way to end a run; each test starts from "no run has begun" by clearing
     * the private field, so tests do not depend on which test class ran first.
     */
    private static void forgetCurrentRun() throws ReflectiveOperationException {
        Field current = Repro.class.getDeclaredField("current");
        current.setAccessible(true);
        current.set(null, null);
    }

    @BeforeEach
    void startWithoutRun() throws ReflectiveOperationException {
        forgetCurrentRun();
        Scale.override(Scale.SMOKE);
    }

    @AfterEach
    void leaveWithoutRun() throws ReflectiveOperationException {
        forgetCurrentRun();
        Scale.override(null);
    }

    @Test
    void claimBeforeBeginThrowsIllegalStateExceptionSayingToCallBegin() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class, () -> Repro.claim("a", "d", "1", "1", true));
        assertTrue(e.getMessage().contains("Repro.begin"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Repro.notTested("a", "d", "1", "why"));
        assertThrows(IllegalStateException.class, () -> Repro.timed("p", () -> 1));
        assertThrows(IllegalStateException.class, Repro::current);
    }

    @Test
    void beginMakesTheRunCurrentAtTheCurrentScale() {
        ReproRun run = Repro.begin("matrix-sensing", "Doe. ICLR 2024.", 42);
        assertSame(run, Repro.current());
        assertEquals(Scale.SMOKE, run.scale());
        assertEquals(42, run.seed());
        assertEquals("matrix-sensing", run.slug());
    }

    @Test
    void beginWithoutPaperRecordsAnEmptyCitation(@TempDir Path dir) {
        Repro.begin("no-paper", 1);
        assertEquals("", Repro.saveTo(dir).paper());
    }

    @Test
    void beginWithABadSlugThrowsAndKeepsThePreviousRun() {
        ReproRun run = Repro.begin("good-slug", 1);
        assertThrows(IllegalArgumentException.class, () -> Repro.begin("Bad Slug", 1));
        assertSame(run, Repro.current());
    }

    @Test
    void claimRecordsPassedOrFailed() {
        Repro.begin("x", 1);
        assertEquals(Claim.Status.PASSED, Repro.claim("a", "d", "1", "1", true).status());
        assertEquals(Claim.Status.FAILED, Repro.claim("b", "d", "1", "2", false).status());
        assertEquals(2, Repro.current().claims().size());
    }

    @Test
    void claimWithTheSameIdReplacesTheEarlierOne() {
        Repro.begin("x", 1);
        Repro.claim("slope", "d", "-1", "-0.5", false);
        Repro.claim("slope", "d", "-1", "-0.98", true);
        List<Claim> claims = Repro.current().claims();
        assertEquals(1, claims.size());
        assertEquals("-0.98", claims.get(0).measuredValue());
        assertTrue(claims.get(0).passed());
    }

    @Test
    void numericClaimIsWrittenWithFourSignificantDigits() {
        Repro.begin("x", 1);
        assertEquals("1.235e-10", Repro.claim("a", "d", "0", 1.23456e-10, true).measuredValue());
        assertEquals("0.5000", Repro.claim("b", "d", "0", 0.5, true).measuredValue());
    }

    @Test
    void notTestedRecordsTheReasonAsTheMeasuredValue() {
        Repro.begin("x", 1);
        Claim c = Repro.notTested("big", "needs a GPU", "0.9", "needs 80 GB of GPU memory");
        assertEquals(Claim.Status.NOT_TESTED, c.status());
        assertEquals("needs 80 GB of GPU memory", c.measuredValue());
        assertEquals(List.of(c), Repro.current().claims());
    }

    @Test
    void formatUsesFourSignificantDigitsInsideTheDecimalRange() {
        assertEquals("0.5000", Repro.format(0.5));
        assertEquals("-2.500", Repro.format(-2.5));
        assertEquals("1235", Repro.format(1234.5678));
        assertEquals("0.001234", Repro.format(0.0012341));
        assertEquals("0.000", Repro.format(0));
    }

    @Test
    void formatUsesScientificNotationForTinyAndHugeValues() {
        assertEquals("1.235e-10", Repro.format(1.23456e-10));
        assertEquals("-9.877e-04", Repro.format(-0.00098766));
        assertEquals("1.235e+05", Repro.format(123456.7));
        assertEquals("1.235e+04", Repro.format(12345.678));
        assertEquals("1.000e+04", Repro.format(9999.96));
    }

    @Test
    void formatWritesNonFiniteValuesAsJavaDoes() {
        assertEquals("NaN", Repro.format(Double.NaN));
        assertEquals("Infinity", Repro.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Repro.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void timedRecordsThePhase(@TempDir Path dir) {
        Repro.begin("x", 1);
        assertEquals("done", Repro.timed("training", () -> "done"));
        assertTrue(Repro.saveTo(dir).timingsSeconds().containsKey("training"));
    }

    @Test
    void claimsTableHasOneRowPerClaimWithKebabStatus() {
        Repro.begin("x", 1);
        Repro.claim("a", "first", "1", "1", true);
        Repro.claim("b", "second", "1", "2", false);
        Repro.notTested("c", "third", "1", "too big");
        Table t = Repro.claims();
        assertEquals(List.of("id", "claim", "paper", "measured", "status"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals(List.of("passed", "failed", "not-tested"), t.stringColumn("status").asList());
        assertEquals("x (smoke)", t.name());
    }

    @Test
    void saveToWritesSlugJsonAndReadRoundTripsEveryField(@TempDir Path dir) {
        Repro.begin("matrix-sensing", "Xiong, Ding, Du. ICLR 2024. arXiv:2310.01769", 42);
        Repro.claim("sym-slope", "error ~ t^-1 | slope in [-1.2, -0.8]", "-1", -0.9876, true);
        Repro.notTested("asym", "needs full scale", "-2", "smoke scale");
        Repro.timed("sweep", () -> 1);
        ReproResult saved = Repro.saveTo(dir);

        Path file = dir.resolve("matrix-sensing.json");
        assertTrue(Files.isRegularFile(file));
        ReproResult read = ReproResult.read(file);
        assertEquals(saved, read);
        assertEquals("matrix-sensing", read.slug());
        assertEquals("Xiong, Ding, Du. ICLR 2024. arXiv:2310.01769", read.paper());
        assertEquals("smoke", read.scale());
        assertEquals(42, read.seed());
        assertEquals(saved.startedAt(), read.startedAt());
        assertEquals(saved.elapsedSeconds(), read.elapsedSeconds());
        assertEquals(saved.timingsSeconds(), read.timingsSeconds());
        assertNotNull(read.environment());
        assertEquals(saved.environment(), read.environment());
        assertEquals(2, read.claims().size());
        assertEquals("-0.9876", read.claims().get(0).measuredValue());
        assertEquals(Claim.Status.NOT_TESTED, read.claims().get(1).status());
    }
}
