package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.viz.AudioClip;

import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

class SpokenPromptsTest {

    /**
     * Two languages: en as a plain folder, fr as fr_CA_f_June; digits are tones of 100*(d+1) Hz.
     */
    static DataPaths fixture(Path root) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Path sounds = paths.system(SpokenPrompts.FOLDER);
        for (String folder : new String[] {"en", "fr_CA_f_June"}) {
            Path dir = sounds.resolve(folder);
            Files.createDirectories(dir.resolve("digits"));
            for (int d = 0; d < 10; d++) {
                Files.write(
                        dir.resolve("digits/" + d + ".wav"),
                        AudioClip.tone(100 * (d + 1), 0.5, 8000).toWav());
            }
            Files.write(dir.resolve("vm-goodbye.wav"), AudioClip.tone(50, 0.25, 8000).toWav());
        }
        Path doc = paths.system("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz");
        Files.createDirectories(doc.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(doc))) {
            out.write(
                    "; Core sounds\n\ndigits/0: zero\nvm-goodbye: Goodbye!\n"
                            .getBytes(StandardCharsets.UTF_8));
        }
        return paths;
    }

    @Test
    void promptsHaveNamesFamiliesAndTranscripts(@TempDir Path root) throws IOException {
        SpokenPrompts p = new SpokenPrompts(fixture(root));
        assertEquals(List.of("en", "fr"), p.languages());
        List<SpokenPrompts.Prompt> fr = p.prompts("fr");
        assertEquals(11, fr.size());
        assertEquals("digits/0", fr.get(0).name());
        assertEquals("digits", fr.get(0).family());
        assertEquals("vm", fr.get(10).family());
        assertEquals(Map.of("digits/0", "zero", "vm-goodbye", "Goodbye!"), p.transcripts("en"));
        Table t = p.table();
        assertEquals(22, t.rowCount());
        assertEquals(
                "Goodbye!",
                t.where(t.stringColumn("name").isEqualTo("vm-goodbye"))
                        .stringColumn("transcript")
                        .get(0));
        assertEquals(4000, p.digit("en", 3).samples().length);
    }

    @Test
    void digitsDatasetStacksOneSecondClipsByDigit(@TempDir Path root) throws IOException {
        SpokenPrompts p = new SpokenPrompts(fixture(root));
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s =
                    p.digits(
                            m,
                            SplitConfig.defaults().withTestFraction(0).withValidationFraction(0));
            assertEquals(20, s.train().size());
            assertEquals(new Shape(20, 8000), s.preview(m, 20).get(0).getShape());
            assertEquals(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), s.balance().train());
        }
    }

    @Test
    void corruptWavIsDamageNamingTheFile(@TempDir Path root) throws IOException {
        DataPaths paths = fixture(root);
        Path wav = paths.system(SpokenPrompts.FOLDER).resolve("en/digits/4.wav");
        byte[] good = Files.readAllBytes(wav);
        Files.write(wav, java.util.Arrays.copyOf(good, 60));
        DataSourceException e =
                assertThrows(
                        DataSourceException.class, () -> new SpokenPrompts(paths).digit("en", 4));
        assertEquals(wav, e.path());
        assertTrue(e.getMessage().contains("truncated WAV"), e.getMessage());
        assertTrue(
                e.getMessage().contains("./paramlab data --reinstall spoken-prompts"),
                e.getMessage());
    }

    @Test
    void missingLanguageNamesTheCommand(@TempDir Path root) throws IOException {
        SpokenPrompts p = new SpokenPrompts(fixture(root));
        DataSourceException e = assertThrows(DataSourceException.class, () -> p.prompts("ru"));
        assertTrue(e.getMessage().endsWith("Run ./paramlab data spoken-prompts."));
    }

    @Test
    void realPromptsInFiveLanguages() {
        SpokenPrompts p = new SpokenPrompts();
        List<SpokenPrompts.Prompt> en =
                InstalledData.require(DataSource.SPOKEN_PROMPTS, () -> p.prompts("en"));
        assertEquals(SpokenPrompts.LANGUAGES, p.languages());
        assertTrue(en.size() > 500, en.size() + " English prompts");
        assertTrue(p.transcripts("en").size() > 500);
        assertEquals("zero", p.transcripts("en").get("digits/0"));
        for (String language : SpokenPrompts.LANGUAGES) {
            AudioClip seven = p.digit(language, 7);
            assertEquals(8000, seven.sampleRate());
            assertTrue(seven.seconds() > 0.2 && seven.seconds() < 3, language + ": " + seven);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            Splits digits = p.digits(m, SplitConfig.defaults());
            assertEquals(
                    50, digits.train().size() + digits.validation().size() + digits.test().size());
        }
    }
}
