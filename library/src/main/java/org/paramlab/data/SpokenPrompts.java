package org.paramlab.data;

import ai.djl.ndarray.NDManager;

import org.paramlab.audio.Wav;
import org.paramlab.viz.AudioClip;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The Asterisk telephone prompts (Debian {@code asterisk-core-sounds-{en,es,fr,it,ru}} and their
 * {@code -wav} packages, installed by {@code ./paramlab data spoken-prompts}): about 550 recorded
 * prompts per language, 16-bit mono WAV at 8 kHz, by professional voices (English and Spanish
 * Allison Smith, French June Wallack, Italian Carlo Flamini, Russian IVR voice; CC BY-SA 3.0).
 *
 * <p>Each prompt has a language, a name ({@code digits/7}, {@code vm-goodbye}), a family (its
 * folder, such as {@code digits} or {@code letters}, else the name up to the first dash, such as
 * {@code vm}) and, from each language's {@code core-sounds-<lang>.txt.gz}, a transcript. Datasets
 * are waveforms float32 (N, L) at 8 kHz with int64 labels.
 */
public final class SpokenPrompts {
    /** Where the packages install the sounds, one folder per language. */
    public static final String FOLDER = "/usr/share/asterisk/sounds";

    /** The languages Debian packages. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "it", "ru");

    /** The prompts' sample rate. */
    public static final int SAMPLE_RATE = 8000;

    /**
     * A recorded prompt.
     *
     * @param language the language code, e.g. {@code en}
     * @param name the path under the language folder without {@code .wav}, e.g. {@code digits/7}
     * @param family the folder, or the name up to its first dash
     * @param file the WAV file
     */
    public record Prompt(String language, String name, String family, Path file) {
        /**
         * The recording.
         *
         * @throws DataSourceException if the file is not a readable WAV
         */
        public AudioClip clip() {
            try {
                return Wav.read(file);
            } catch (IllegalArgumentException | IOException e) {
                throw DataSourceException.damaged(
                        DataSource.SPOKEN_PROMPTS,
                        file,
                        "a 16-bit PCM WAV file",
                        e.getMessage(),
                        e);
            }
        }
    }

    private final DataPaths paths;

    /** The prompts where {@link DataPaths#current()} says. */
    public SpokenPrompts() {
        this(DataPaths.current());
    }

    /** The prompts under {@code paths}. */
    public SpokenPrompts(DataPaths paths) {
        this.paths = paths;
    }

    /** The languages installed here, in {@link #LANGUAGES} order. */
    public List<String> languages() {
        return LANGUAGES.stream().filter(l -> languageFolder(l) != null).toList();
    }

    /**
     * The folder of a language: {@code sounds/<lang>}, else the first {@code sounds/<lang>_*}.
     *
     * @throws DataSourceException if the language is not installed
     */
    public Path folder(String language) {
        Path dir = languageFolder(language);
        if (dir == null) {
            throw DataSourceException.missing(
                    DataSource.SPOKEN_PROMPTS,
                    paths.system(FOLDER).resolve(language),
                    "the " + language + " prompts");
        }
        try {
            return dir.toRealPath(); // Debian's <lang> folders are links through alternatives
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.SPOKEN_PROMPTS, dir, "a readable folder", e.getMessage(), e);
        }
    }

    /** Every prompt of a language, sorted by name. */
    public List<Prompt> prompts(String language) {
        Path dir = folder(language);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Prompt> prompts =
                    files.filter(p -> p.getFileName().toString().endsWith(".wav"))
                            .map(p -> prompt(language, dir, p))
                            .sorted(java.util.Comparator.comparing(Prompt::name))
                            .toList();
            if (prompts.isEmpty()) {
                throw DataSourceException.missing(
                        DataSource.SPOKEN_PROMPTS, dir, "WAV prompts for " + language);
            }
            return prompts;
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.SPOKEN_PROMPTS, dir, "a readable folder", e.getMessage(), e);
        }
    }

    /**
     * One prompt's recording, e.g. {@code clip("fr", "digits/7")}.
     *
     * @throws DataSourceException if it is not installed or not readable
     */
    public AudioClip clip(String language, String name) {
        Path file = folder(language).resolve(name + ".wav");
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(
                    DataSource.SPOKEN_PROMPTS, file, "the prompt " + name);
        }
        return prompt(language, folder(language), file).clip();
    }

    /** The spoken digit {@code d} (0–9) in {@code language}. */
    public AudioClip digit(String language, int d) {
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("A digit is 0 to 9, got " + d);
        }
        return clip(language, "digits/" + d);
    }

    /**
     * The transcripts of a language's prompts, by prompt name, from its {@code
     * core-sounds-<lang>.txt.gz} ({@code name: text} lines; {@code ;} starts a comment).
     *
     * @throws DataSourceException if the transcript file is missing
     */
    public Map<String, String> transcripts(String language) {
        Path file =
                paths.system(
                        "/usr/share/doc/asterisk-core-sounds-"
                                + language
                                + "/core-sounds-"
                                + language
                                + ".txt.gz");
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(
                    DataSource.SPOKEN_PROMPTS, file, "the " + language + " transcripts");
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(file)),
                                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                line = line.replace("\uFEFF", "");
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith(";") || colon <= 0) {
                    continue;
                }
                out.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.SPOKEN_PROMPTS, file, "a gzip text file", e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw DataSourceException.damaged(
                    DataSource.SPOKEN_PROMPTS, file, "'name: transcript' lines", "none", null);
        }
        return out;
    }

    /**
     * A table with a row per prompt of the installed languages: language, name, family, transcript
     * (empty where none is listed), and seconds (from the file size, 16-bit mono at 8 kHz).
     */
    public Table table() {
        StringColumn language = StringColumn.create("language");
        StringColumn name = StringColumn.create("name");
        StringColumn family = StringColumn.create("family");
        StringColumn transcript = StringColumn.create("transcript");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        for (String l : languages()) {
            Map<String, String> text = transcriptsOrEmpty(l);
            for (Prompt p : prompts(l)) {
                language.append(l);
                name.append(p.name());
                family.append(p.family());
                transcript.append(text.getOrDefault(p.name(), ""));
                seconds.append(seconds(p.file()));
            }
        }
        return Table.create("spoken prompts", language, name, family, transcript, seconds);
    }

    /**
     * The digits 0–9 in every installed language, one second each, labelled by digit.
     *
     * @throws DataSourceException if no language is installed
     */
    public Splits digits(NDManager manager, SplitConfig config) {
        List<AudioClip> clips = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String l : requireLanguages()) {
            for (int d = 0; d < 10; d++) {
                clips.add(digit(l, d));
                labels.add(d);
            }
        }
        return AudioDatasets.waveforms(
                manager,
                clips,
                labels.stream().mapToInt(Integer::intValue).toArray(),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                SAMPLE_RATE,
                1.0,
                config);
    }

    /**
     * Every prompt of the installed languages cut or padded to {@code seconds}, labelled by
     * language: a spoken-language identification set.
     */
    public Splits languageIdentification(NDManager manager, double seconds, SplitConfig config) {
        List<String> languages = requireLanguages();
        List<AudioClip> clips = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            for (Prompt p : prompts(languages.get(i))) {
                clips.add(p.clip());
                labels.add(i);
            }
        }
        return AudioDatasets.waveforms(
                manager,
                clips,
                labels.stream().mapToInt(Integer::intValue).toArray(),
                languages,
                SAMPLE_RATE,
                seconds,
                config);
    }

    private List<String> requireLanguages() {
        List<String> installed = languages();
        if (installed.isEmpty()) {
            throw DataSourceException.missing(
                    DataSource.SPOKEN_PROMPTS,
                    paths.system(FOLDER),
                    "prompt folders for " + String.join(", ", LANGUAGES));
        }
        return installed;
    }

    private Map<String, String> transcriptsOrEmpty(String language) {
        try {
            return transcripts(language);
        } catch (DataSourceException e) {
            if (e.kind() == DataSourceException.Kind.MISSING) {
                return Map.of();
            }
            throw e;
        }
    }

    private static double seconds(Path wav) {
        try {
            long bytes = Files.size(wav);
            return Math.max(0, bytes - 44) / (2.0 * SAMPLE_RATE);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private Path languageFolder(String language) {
        Path root = paths.system(FOLDER);
        Path direct = root.resolve(language);
        if (Files.isDirectory(direct)) {
            return direct;
        }
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(language + "_"))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Prompt prompt(String language, Path dir, Path file) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        String name = rel.substring(0, rel.length() - ".wav".length());
        int slash = name.indexOf('/');
        String family;
        if (slash > 0) {
            family = name.substring(0, slash);
        } else {
            int dash = name.indexOf('-');
            family = dash > 0 ? name.substring(0, dash) : name;
        }
        return new Prompt(language, name, family, file);
    }
}
