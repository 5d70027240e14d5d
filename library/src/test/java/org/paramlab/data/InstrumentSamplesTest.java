package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.viz.AudioClip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class InstrumentSamplesTest {

    static DataPaths fixtureFolder(Path root) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Files.createDirectories(paths.system(InstrumentSamples.FOLDER));
        return paths;
    }

    /**
     * Encodes a tone to FLAC with sox (skipped, or failed under PARAMLAB_REQUIRE_DATA, without
     * sox).
     */
    static void flac(Path file, double hz) throws IOException {
        Path wav = file.resolveSibling(file.getFileName() + ".wav");
        Files.write(wav, AudioClip.tone(hz, 0.2, 44_100).toWav());
        ExternalProgram.Outcome run =
                InstalledData.require(
                        DataSource.INSTRUMENTS,
                        () ->
                                ExternalProgram.run(
                                        DataSource.INSTRUMENTS,
                                        List.of("sox", wav.toString(), file.toString()),
                                        null,
                                        30));
        assertTrue(run.succeeded(), run.errors());
        Files.delete(wav);
    }

    @Test
    void samplesAreListedWithTheirFamilies(@TempDir Path root) throws IOException {
        DataPaths paths = fixtureFolder(root);
        Path dir = paths.system(InstrumentSamples.FOLDER);
        for (String n : new String[] {"bd_haus", "bd_zum", "ambi_choir", "loop_amen"}) {
            Files.write(dir.resolve(n + ".flac"), "fLaC".getBytes());
        }
        Files.writeString(dir.resolve("README.md"), "not a sample");
        InstrumentSamples s = new InstrumentSamples(paths);
        assertEquals(
                List.of("ambi_choir", "bd_haus", "bd_zum", "loop_amen"),
                s.samples().stream().map(InstrumentSamples.Sample::name).toList());
        assertEquals(List.of("ambi", "bd", "loop"), s.families());
    }

    @Test
    void fileThatIsNotFlacIsDamage(@TempDir Path root) throws IOException {
        DataPaths paths = fixtureFolder(root);
        Path fake = paths.system(InstrumentSamples.FOLDER).resolve("bd_fake.flac");
        Files.write(fake, "RIFF....WAVE".getBytes());
        DataSourceException e =
                assertThrows(
                        DataSourceException.class,
                        () -> new InstrumentSamples(paths).clip("bd_fake"));
        assertEquals(fake, e.path());
        assertTrue(e.getMessage().contains("starting with 'fLaC'"), e.getMessage());
    }

    @Test
    void missingDecoderSaysHowToInstallIt(@TempDir Path root) throws IOException {
        DataPaths paths = fixtureFolder(root);
        Files.write(
                paths.system(InstrumentSamples.FOLDER).resolve("bd_x.flac"), "fLaC....".getBytes());
        InstrumentSamples s = new InstrumentSamples(paths, root.resolve("no-sox").toString());
        DataSourceException e = assertThrows(DataSourceException.class, () -> s.clip("bd_x"));
        assertEquals(DataSourceException.Kind.PROGRAM_MISSING, e.kind());
        assertTrue(e.getMessage().contains("needs the program"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Run ./paramlab data instruments."), e.getMessage());
    }

    @Test
    void flacIsDecodedOnceIntoTheCacheAtTheRateAskedFor(@TempDir Path root) throws IOException {
        DataPaths paths = fixtureFolder(root);
        flac(paths.system(InstrumentSamples.FOLDER).resolve("perc_tone.flac"), 440);
        InstrumentSamples s = new InstrumentSamples(paths);
        AudioClip clip = s.clip("perc_tone", 8000);
        assertEquals(8000, clip.sampleRate());
        assertEquals(1600, clip.samples().length, 2);
        Path cached = paths.cached("instruments/8000/perc_tone.wav");
        assertTrue(Files.isRegularFile(cached));
        long stamp = Files.getLastModifiedTime(cached).toMillis();
        s.clip("perc_tone", 8000);
        assertEquals(stamp, Files.getLastModifiedTime(cached).toMillis());
        try (NDManager m = NDManager.newBaseManager()) {
            Splits d =
                    s.load(
                            m,
                            8000,
                            0.1,
                            SplitConfig.defaults().withTestFraction(0).withValidationFraction(0));
            assertEquals(new Shape(1, 800), d.preview(m, 1).get(0).getShape());
        }
    }

    @Test
    void realSamplesDecodeAndGroupIntoFamilies() {
        InstrumentSamples s = new InstrumentSamples();
        List<InstrumentSamples.Sample> all =
                InstalledData.require(DataSource.INSTRUMENTS, s::samples);
        assertEquals(165, all.size());
        assertTrue(
                s.families()
                        .containsAll(
                                List.of(
                                        "ambi", "bass", "bd", "drum", "elec", "guit", "loop",
                                        "perc", "sn", "tabla", "vinyl")));
        AudioClip kick = s.clip("bd_haus", 16_000);
        assertEquals(16_000, kick.sampleRate());
        assertTrue(kick.seconds() > 0.05, kick.toString());
    }
}
