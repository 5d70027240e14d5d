package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class ReproductionsReportTest {
    private static final RunEnvironment ENVIRONMENT =
            new RunEnvironment("Linux 6.1", "amd64", 8, 4096, "17.0.15", "PyTorch 2.7.1", "cpu()");

    private static ReproResult result(String slug, String scale, Claim... claims) {
        return new ReproResult(
                slug,
                "Doe. ICLR 2024.",
                scale,
                42,
                "2025-01-02T03:04:05Z",
                61.0,
                Map.of(),
                ENVIRONMENT,
                List.of(claims));
    }

    private static final ReproResult SENSING =
            result(
                    "matrix-sensing",
                    "full",
                    new Claim("a", "slope is -1", "-1", "-0.98", Claim.Status.PASSED),
                    new Claim("b", "rate | bound", "2", "3", Claim.Status.FAILED),
                    new Claim("c", "large run", "0.9", "needs a GPU", Claim.Status.NOT_TESTED));

    @Test
    void reportHasOneRowPerClaimWithItsStatusWords() {
        String md = ReproductionsReport.report(List.of(SENSING));
        assertTrue(md.contains("| slope is -1 | -1 | -0.98 | reproduced |\n"), md);
        assertTrue(md.contains("| rate \\| bound | 2 | 3 | **not reproduced** |\n"), md);
        assertTrue(md.contains("| large run | 0.9 | needs a GPU | not tested |\n"), md);
    }

    @Test
    void reportHasASectionPerNotebookWithPaperAndEnvironment() {
        String md = ReproductionsReport.report(List.of(SENSING));
        assertTrue(md.startsWith("# Reproductions\n"), md);
        assertTrue(md.contains("## matrix-sensing\n\nDoe. ICLR 2024.\n"), md);
        assertTrue(md.contains("Scale `full`, seed 42"), md);
        assertTrue(md.contains("8 CPUs"), md);
        assertTrue(md.contains("PyTorch 2.7.1 on cpu()"), md);
    }

    @Test
    void reportOfAResultWithoutEnvironmentDoesNotFail() {
        ReproResult r = new ReproResult("old", "", "smoke", 1, "", 1, Map.of(), null, List.of());
        assertTrue(ReproductionsReport.report(List.of(r)).contains("## old"));
    }

    @Test
    void summaryTableCountsReproducedTestedAndNotTested() {
        String table = ReproductionsReport.summaryTable(List.of(SENSING));
        assertTrue(table.contains("| matrix-sensing | 1 of 2 | 1 | full |"), table);
    }

    @Test
    void summaryTableOfNoResultsSaysSo() {
        assertTrue(ReproductionsReport.summaryTable(List.of()).contains("(no results yet)"));
    }

    @Test
    void withSummaryReplacesOnlyTheTextBetweenTheMarkers() {
        String before = "# ParamLab\n\nIntro.\n\n";
        String after = "\n\nMore text.\n";
        String readme =
                before
                        + ReproductionsReport.START_MARKER
                        + "\nold table\n"
                        + ReproductionsReport.END_MARKER
                        + after;
        String table = "| new | table |\n";
        String updated = ReproductionsReport.withSummary(readme, table);
        assertEquals(
                before
                        + ReproductionsReport.START_MARKER
                        + "\n"
                        + table
                        + ReproductionsReport.END_MARKER
                        + after,
                updated);
        assertEquals(updated, ReproductionsReport.withSummary(updated, table));
    }

    @Test
    void withSummaryWithoutMarkersSaysWhichLinesAreNeeded() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ReproductionsReport.withSummary("# README\n", "| t |\n"));
        assertTrue(e.getMessage().contains(ReproductionsReport.START_MARKER), e.getMessage());
        assertTrue(e.getMessage().contains(ReproductionsReport.END_MARKER), e.getMessage());
    }

    @Test
    void withSummaryRejectsMarkersOutOfOrderOrHalfMissing() {
        String start = ReproductionsReport.START_MARKER;
        String end = ReproductionsReport.END_MARKER;
        assertThrows(
                IllegalArgumentException.class,
                () -> ReproductionsReport.withSummary(end + "\n" + start + "\n", "t"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ReproductionsReport.withSummary(start + "\n", "t"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ReproductionsReport.withSummary("\n" + end + "\n", "t"));
    }

    @Test
    void readAllOfAMissingDirectoryIsEmpty(@TempDir Path dir) {
        assertEquals(List.of(), ReproductionsReport.readAll(dir.resolve("missing")));
    }

    @Test
    void readAllOfAnEmptyDirectoryIsEmpty(@TempDir Path dir) {
        assertEquals(List.of(), ReproductionsReport.readAll(dir));
    }

    @Test
    void readAllReadsEveryJsonFileSortedBySlug(@TempDir Path dir) throws IOException {
        ReproResult b = result("b-notebook", "smoke");
        ReproResult a = result("a-notebook", "full");
        b.writeTo(dir);
        a.writeTo(dir);
        Files.writeString(dir.resolve("notes.txt"), "not a result", StandardCharsets.UTF_8);
        assertEquals(List.of(a, b), ReproductionsReport.readAll(dir));
    }

    @Test
    void mainWritesReportAndReadmeTable(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results");
        SENSING.writeTo(results);
        Path report = dir.resolve("REPRODUCTIONS.md");
        Path readme = dir.resolve("README.md");
        Files.writeString(
                readme,
                "top\n"
                        + ReproductionsReport.START_MARKER
                        + "\n"
                        + ReproductionsReport.END_MARKER
                        + "\nbottom\n",
                StandardCharsets.UTF_8);
        ReproductionsReport.main(
                new String[] {results.toString(), report.toString(), readme.toString()});
        assertEquals(
                ReproductionsReport.report(List.of(SENSING)),
                Files.readString(report, StandardCharsets.UTF_8));
        String updated = Files.readString(readme, StandardCharsets.UTF_8);
        assertTrue(updated.startsWith("top\n"), updated);
        assertTrue(updated.endsWith("\nbottom\n"), updated);
        assertTrue(updated.contains("| matrix-sensing | 1 of 2 | 1 | full |"), updated);
        assertFalse(updated.contains("(no results yet)"), updated);
    }
}
