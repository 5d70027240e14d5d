package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class FortunesTest {

    static DataPaths fixture(Path root) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Path dir = paths.system(Fortunes.FOLDER);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cats"), "Cats sleep.\n%\nCats purr\nloudly.\n%\nCats.\n%\n");
        Files.writeString(dir.resolve("dogs"), "Dogs bark.\n%\nDogs run.\n");
        Files.write(dir.resolve("cats.dat"), new byte[] {0, 1, 2});
        Files.createSymbolicLink(dir.resolve("cats.u8"), dir.resolve("cats"));
        return paths;
    }

    @Test
    void entriesAreSplitOnPercentLinesWithTheirTopic(@TempDir Path root) throws IOException {
        Fortunes f = new Fortunes(fixture(root));
        assertEquals(List.of("cats", "dogs"), f.topics());
        List<Fortunes.Entry> entries = f.entries();
        assertEquals(5, entries.size());
        assertEquals(new Fortunes.Entry("Cats purr\nloudly.", "cats"), entries.get(1));
        assertEquals(new Fortunes.Entry("Dogs run.", "dogs"), entries.get(4));
        assertEquals(5, f.table().rowCount());
    }

    @Test
    void classificationLabelsEntriesByTopic(@TempDir Path root) throws IOException {
        Fortunes f = new Fortunes(fixture(root));
        try (NDManager m = NDManager.newBaseManager()) {
            TextSplits s =
                    f.classification(
                            m,
                            16,
                            SplitConfig.defaults().withTestFraction(0).withValidationFraction(0));
            assertEquals(List.of("cats", "dogs"), s.splits().classes());
            assertEquals(List.of(3, 2), s.splits().balance().train());
            assertEquals(16, s.splits().preview(m, 1).get(0).getShape().get(1));
        }
    }

    @Test
    void emptyTopicFileIsDamageNotASilentlySmallerDataset(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root);
        Path empty = paths.system(Fortunes.FOLDER).resolve("birds");
        Files.writeString(empty, "");
        DataSourceException e =
                assertThrows(DataSourceException.class, () -> new Fortunes(paths).entries());
        assertEquals(empty, e.path());
        assertTrue(e.getMessage().contains("found an empty file"), e.getMessage());
        assertTrue(e.getMessage().contains("./paramlab data --reinstall fortunes"), e.getMessage());
    }

    @Test
    void missingFolderNamesTheCommand(@TempDir Path root) {
        DataSourceException e =
                assertThrows(
                        DataSourceException.class,
                        () -> new Fortunes(DataPaths.under(root)).topics());
        assertTrue(e.getMessage().endsWith("Run ./paramlab data fortunes."));
    }

    @Test
    void realCollectionHasManyTopicsAndThousandsOfEntries() {
        Fortunes f = new Fortunes();
        List<String> topics = InstalledData.require(DataSource.FORTUNES, f::topics);
        assertTrue(topics.size() >= 40, topics.toString());
        assertTrue(topics.containsAll(List.of("computers", "science", "literature", "startrek")));
        List<Fortunes.Entry> entries = f.entries();
        assertTrue(entries.size() > 14_000, entries.size() + " entries");
        assertTrue(entries.stream().noneMatch(e -> e.text().isBlank()));
    }
}
