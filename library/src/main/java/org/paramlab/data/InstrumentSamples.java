package org.paramlab.data;

import ai.djl.ndarray.NDManager;

import org.paramlab.audio.Wav;
import org.paramlab.viz.AudioClip;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Sonic Pi's instrument, drum and ambient samples (Debian {@code sonic-pi-samples}, installed with
 * the decoder {@code sox} by {@code ./paramlab data instruments}): 165 FLAC files at 44.1 kHz, mono
 * or stereo, from freesound.org under CC0, labelled by family, the file-name prefix ({@code ambi},
 * {@code bass}, {@code bd}, {@code drum}, {@code elec}, {@code guit}, {@code loop}, {@code perc},
 * {@code sn}, {@code tabla}, {@code vinyl}, ...).
 *
 * <p>No maintained pure-Java FLAC decoder is on Maven Central (jFLAC's last release, 1.5.2, dates
 * from 2017), so {@code sox} decodes each file once into the cache as 16-bit mono WAV at the rate
 * asked for ({@code instruments/<rate>/<name>.wav}); later loads read the WAV. Datasets are
 * waveforms float32 (N, L) with int64 family labels.
 */
public final class InstrumentSamples {
    /** Where Debian installs the samples. */
    public static final String FOLDER = "/usr/share/sonic-pi/samples";

    /** The samples' own rate. */
    public static final int NATIVE_RATE = 44_100;

    private static final byte[] FLAC_MAGIC = {'f', 'L', 'a', 'C'};

    /**
     * A sample file.
     *
     * @param name the file name without {@code .flac}, e.g. {@code bd_haus}
     * @param family the name up to its first underscore, e.g. {@code bd}
     * @param file the FLAC file
     */
    public record Sample(String name, String family, Path file) {}

    private final DataPaths paths;
    private final String sox;

    /** The samples where {@link DataPaths#current()} says. */
    public InstrumentSamples() {
        this(DataPaths.current());
    }

    /** The samples under {@code paths}, decoded by {@code sox} from the path. */
    public InstrumentSamples(DataPaths paths) {
        this(paths, "sox");
    }

    /** For tests: another decoder command. */
    InstrumentSamples(DataPaths paths, String sox) {
        this.paths = paths;
        this.sox = sox;
    }

    /** The folder the FLAC files are read from. */
    public Path folder() {
        return paths.system(FOLDER);
    }

    /**
     * Every sample, sorted by name.
     *
     * @throws DataSourceException if the folder is missing or holds no FLAC file
     */
    public List<Sample> samples() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            throw DataSourceException.missing(DataSource.INSTRUMENTS, dir, "the FLAC samples");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Sample> samples =
                    files.filter(p -> p.getFileName().toString().endsWith(".flac"))
                            .map(InstrumentSamples::sample)
                            .sorted(java.util.Comparator.comparing(Sample::name))
                            .toList();
            if (samples.isEmpty()) {
                throw DataSourceException.missing(DataSource.INSTRUMENTS, dir, "FLAC files");
            }
            return samples;
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.INSTRUMENTS, dir, "a readable folder", e.getMessage(), e);
        }
    }

    /** The families, sorted. */
    public List<String> families() {
        return samples().stream().map(Sample::family).distinct().sorted().toList();
    }

    /** A table with a row per sample: name, family. */
    public Table table() {
        List<Sample> all = samples();
        return Table.create(
                "instrument samples",
                StringColumn.create("name", all.stream().map(Sample::name).toList()),
                StringColumn.create("family", all.stream().map(Sample::family).toList()));
    }

    /** The sample called {@code name} at its own rate, mixed to mono. */
    public AudioClip clip(String name) {
        return clip(name, NATIVE_RATE);
    }

    /**
     * The sample called {@code name} at {@code sampleRate}, mixed to mono, decoded once into the
     * cache.
     *
     * @throws DataSourceException if the sample is missing or damaged, or sox is not installed
     */
    public AudioClip clip(String name, int sampleRate) {
        Path flac = folder().resolve(name + ".flac");
        if (!Files.isRegularFile(flac)) {
            throw DataSourceException.missing(DataSource.INSTRUMENTS, flac, "the sample " + name);
        }
        return decode(sample(flac), sampleRate);
    }

    /**
     * Every sample at {@code sampleRate}, cut or padded to {@code seconds}, labelled by family;
     * stratified splits. Undecoded samples are decoded in parallel first.
     */
    public Splits load(NDManager manager, int sampleRate, double seconds, SplitConfig config) {
        List<Sample> all = samples();
        List<String> families = all.stream().map(Sample::family).distinct().sorted().toList();
        List<AudioClip> clips = decodeAll(all, sampleRate);
        int[] labels = all.stream().mapToInt(s -> families.indexOf(s.family())).toArray();
        return AudioDatasets.waveforms(
                manager, clips, labels, families, sampleRate, seconds, config);
    }

    private List<AudioClip> decodeAll(List<Sample> all, int sampleRate) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AudioClip>> futures = new ArrayList<>();
            for (Sample s : all) {
                futures.add(pool.submit(() -> decode(s, sampleRate)));
            }
            List<AudioClip> clips = new ArrayList<>();
            for (Future<AudioClip> f : futures) {
                clips.add(f.get());
            }
            return clips;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while decoding samples", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private AudioClip decode(Sample s, int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("Sample rate must be positive, got " + sampleRate);
        }
        Path wav = paths.cached("instruments/" + sampleRate + "/" + s.name() + ".wav");
        if (Files.isRegularFile(wav)) {
            try {
                return Wav.read(wav);
            } catch (IllegalArgumentException | IOException damagedCache) {
                // decode it again below
            }
        }
        checkFlac(s.file());
        try {
            Files.createDirectories(wav.getParent());
            Path partial = Files.createTempFile(wav.getParent(), s.name(), ".wav");
            ExternalProgram.Outcome run =
                    ExternalProgram.run(
                            DataSource.INSTRUMENTS,
                            List.of(
                                    sox,
                                    "-q",
                                    s.file().toString(),
                                    "-b",
                                    "16",
                                    "-c",
                                    "1",
                                    "-r",
                                    String.valueOf(sampleRate),
                                    partial.toString()),
                            null,
                            120);
            if (!run.succeeded()) {
                Files.deleteIfExists(partial);
                throw DataSourceException.damaged(
                        DataSource.INSTRUMENTS,
                        s.file(),
                        "a FLAC file sox can decode",
                        "sox failed: " + run.errors(),
                        null);
            }
            Files.move(partial, wav, StandardCopyOption.REPLACE_EXISTING);
            return Wav.read(wav);
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.INSTRUMENTS, wav, "a writable cache", e.getMessage(), e);
        }
    }

    private static void checkFlac(Path file) {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.INSTRUMENTS, file, "a readable file", e.getMessage(), e);
        }
        if (read < 4 || !Arrays.equals(head, FLAC_MAGIC)) {
            throw DataSourceException.damaged(
                    DataSource.INSTRUMENTS,
                    file,
                    "a FLAC file starting with 'fLaC'",
                    read < 4 ? read + " bytes" : "other bytes",
                    null);
        }
    }

    private static Sample sample(Path file) {
        String n = file.getFileName().toString();
        String name = n.substring(0, n.length() - ".flac".length());
        int underscore = name.indexOf('_');
        return new Sample(name, underscore > 0 ? name.substring(0, underscore) : name, file);
    }
}
