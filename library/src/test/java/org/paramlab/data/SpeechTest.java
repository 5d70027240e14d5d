package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.viz.AudioClip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class SpeechTest {

    @Test
    void missingSynthesiserSaysHowToInstallIt(@TempDir Path root) {
        Speech speech = new Speech(DataPaths.under(root), root.resolve("no-espeak").toString());
        DataSourceException e = assertThrows(DataSourceException.class, () -> speech.say("hello"));
        assertEquals(DataSourceException.Kind.PROGRAM_MISSING, e.kind());
        assertTrue(e.getMessage().endsWith("Run ./paramlab data speech."), e.getMessage());
    }

    @Test
    void cacheKeyDependsOnEverySetting(@TempDir Path root) {
        Speech speech = new Speech(DataPaths.under(root));
        SpeechConfig c = SpeechConfig.defaults();
        Path a = speech.cacheFile("seven", c);
        assertEquals(a, speech.cacheFile("seven", c));
        assertNotEquals(a, speech.cacheFile("seven", c.withPitch(20)));
        assertNotEquals(a, speech.cacheFile("seven", c.withWordsPerMinute(120)));
        assertNotEquals(a, speech.cacheFile("seven", c.withVoice("fr")));
        assertNotEquals(a, speech.cacheFile("eight", c));
        assertTrue(a.startsWith(root.resolve("cache/speech")));
    }

    @Test
    void configRejectsOddVoicesAndRanges() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SpeechConfig.defaults().withVoice("en; rm -rf"));
        assertThrows(
                IllegalArgumentException.class,
                () -> SpeechConfig.defaults().withWordsPerMinute(20));
        assertThrows(IllegalArgumentException.class, () -> SpeechConfig.defaults().withPitch(100));
        assertThrows(IllegalArgumentException.class, () -> new Speech().say(" "));
    }

    @Test
    void realSynthesisIsCachedAndRepeatable(@TempDir Path root) {
        Speech speech = new Speech(DataPaths.under(root));
        AudioClip first = InstalledData.require(DataSource.SPEECH, () -> speech.say("seven"));
        assertEquals(22_050, first.sampleRate());
        assertTrue(first.seconds() > 0.2 && first.seconds() < 2, first.toString());
        assertTrue(Files.isRegularFile(speech.cacheFile("seven", SpeechConfig.defaults())));
        assertArrayEquals(first.samples(), speech.say("seven").samples());
        AudioClip slow = speech.say("seven", SpeechConfig.defaults().withWordsPerMinute(90));
        assertTrue(slow.seconds() > first.seconds(), slow + " vs " + first);
        try (NDManager m = NDManager.newBaseManager()) {
            Splits words =
                    speech.words(
                            m,
                            List.of("yes", "no"),
                            List.of(
                                    SpeechConfig.defaults(),
                                    SpeechConfig.defaults().withVoice("en+f3")),
                            1.0,
                            SplitConfig.defaults().withTestFraction(0).withValidationFraction(0));
            assertEquals(List.of(2, 2), words.balance().train());
            assertEquals(16_000, words.preview(m, 1).get(0).getShape().get(1));
        }
    }
}
