package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

class KjvTest {
    private static final String FOUR_VERSES =
            "Ge1:1 In the beginning God created the heaven and the earth.\n"
                    + "Ge1:2 And the earth was without form, and void.\n"
                    + "John3:16 For God so loved the world.\n"
                    + "Rev22:21 The grace of our Lord Jesus Christ be with you all. Amen.\n";

    /** A stand-in for the bible program that prints four verses. */
    static Path fakeBible(Path dir) throws IOException {
        Path script = dir.resolve("fake-bible");
        Files.writeString(script, "#!/bin/sh\ncat <<'EOF'\n" + FOUR_VERSES + "EOF\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void firstUseRunsTheProgramAndCachesItsText(@TempDir Path root) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Kjv kjv = new Kjv(paths, fakeBible(root).toString(), 4, null);
        List<Kjv.Verse> verses = kjv.verses();
        assertEquals(4, verses.size());
        assertEquals("John", verses.get(2).book().name());
        assertEquals(43, verses.get(2).bookNumber());
        assertEquals(16, verses.get(2).verse());
        assertEquals("Gospels", verses.get(2).book().genre());
        assertEquals("New", verses.get(3).book().testament());
        assertEquals(FOUR_VERSES, Files.readString(kjv.cacheFile()));
        Table t = kjv.table();
        assertEquals(List.of("Old", "Old", "New", "New"), t.stringColumn("testament").asList());
    }

    @Test
    void damagedCacheIsRebuiltFromTheProgram(@TempDir Path root) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Kjv kjv = new Kjv(paths, fakeBible(root).toString(), 4, null);
        Files.createDirectories(kjv.cacheFile().getParent());
        Files.writeString(kjv.cacheFile(), "Ge1:1 In the beginning\n"); // truncated
        assertEquals(4, kjv.verses().size());
        assertEquals(FOUR_VERSES, Files.readString(kjv.cacheFile()));
    }

    @Test
    void wrongOutputIsDamageNamingTheLine(@TempDir Path root) throws IOException {
        Path script = root.resolve("bad-bible");
        Files.writeString(script, "#!/bin/sh\necho 'Ge1:1 fine'\necho 'Genesis chapter one'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Kjv kjv = new Kjv(DataPaths.under(root), script.toString(), 2, null);
        DataSourceException e = assertThrows(DataSourceException.class, kjv::verses);
        assertTrue(e.getMessage().contains("line 2 'Genesis chapter one'"), e.getMessage());
    }

    @Test
    void missingProgramSaysHowToInstallIt(@TempDir Path root) {
        Kjv kjv = new Kjv(DataPaths.under(root), root.resolve("no-such-bible").toString(), 4, null);
        DataSourceException e = assertThrows(DataSourceException.class, kjv::verses);
        assertEquals(DataSourceException.Kind.PROGRAM_MISSING, e.kind());
        assertTrue(e.getMessage().endsWith("Run ./paramlab data kjv."), e.getMessage());
    }

    @Test
    void booksAreTheSixtySixInCanonicalOrder() {
        assertEquals(66, Kjv.BOOKS.size());
        assertEquals(39, Kjv.BOOKS.stream().filter(b -> b.testament().equals("Old")).count());
        assertEquals("Matthew", Kjv.BOOKS.get(39).name());
        assertEquals(
                13, Kjv.BOOKS.stream().filter(b -> b.genre().equals("Pauline Epistles")).count());
        assertTrue(Kjv.BOOKS.stream().allMatch(b -> Kjv.GENRES.contains(b.genre())));
    }

    @Test
    void realTextHas31102VersesIn66Books() {
        Kjv kjv = new Kjv();
        List<Kjv.Verse> verses = InstalledData.require(DataSource.KJV, kjv::verses);
        assertEquals(31_102, verses.size());
        assertEquals(66, verses.stream().map(v -> v.book().name()).distinct().count());
        assertEquals(
                23_145, verses.stream().filter(v -> v.book().testament().equals("Old")).count());
        assertEquals(
                "In the beginning God created the heaven and the earth.", verses.get(0).text());
        assertEquals(
                150,
                verses.stream()
                        .filter(v -> v.book().name().equals("Psalms"))
                        .mapToInt(Kjv.Verse::chapter)
                        .max()
                        .getAsInt());
        try (NDManager m = NDManager.newBaseManager()) {
            TextSplits chars = kjv.characters(m, 64, SplitConfig.defaults());
            assertEquals(new Shape(2, 64), chars.splits().preview(m, 2).get(0).getShape());
            assertTrue(chars.vocabulary().size() < 100, chars.vocabulary().toString());
            TextSplits testament =
                    kjv.classification(m, Kjv.VerseLabel.TESTAMENT, 128, SplitConfig.defaults());
            assertEquals(List.of("Old", "New"), testament.splits().classes());
            assertEquals(1591, testament.splits().balance().test().get(1)); // 20% of 7957
        }
    }
}
