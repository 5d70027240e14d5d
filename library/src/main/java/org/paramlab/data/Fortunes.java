package org.paramlab.data;

import ai.djl.ndarray.NDManager;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fortunes collection (Debian {@code fortunes}, installed by {@code ./paramlab data fortunes}):
 * about 15,000 short texts (quotations, jokes, definitions) in 40-odd topic files, a real
 * multi-class text-classification set whose label is the topic file.
 *
 * <p>A topic file holds entries separated by lines that are a single {@code %}; the {@code .dat}
 * index files and {@code .u8} links beside them are skipped. Each topic file must hold at least one
 * entry: an empty file is reported as damage, never silently dropped.
 */
public final class Fortunes {
    /** Where Debian installs the topic files. */
    public static final String FOLDER = "/usr/share/games/fortunes";

    /**
     * An entry and its topic.
     *
     * @param text the entry, without its separator lines
     * @param topic the name of its topic file
     */
    public record Entry(String text, String topic) {}

    private final DataPaths paths;

    /** The fortunes where {@link DataPaths#current()} says. */
    public Fortunes() {
        this(DataPaths.current());
    }

    /** The fortunes under {@code paths}. */
    public Fortunes(DataPaths paths) {
        this.paths = paths;
    }

    /** The folder the topic files are read from. */
    public Path folder() {
        return paths.system(FOLDER);
    }

    /**
     * The topic names, sorted.
     *
     * @throws DataSourceException if the folder is missing or holds no topic file
     */
    public List<String> topics() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            throw DataSourceException.missing(DataSource.FORTUNES, dir, "the fortune topic files");
        }
        List<String> topics;
        try (Stream<Path> files = Files.list(dir)) {
            topics =
                    files.filter(p -> Files.isRegularFile(p) && !Files.isSymbolicLink(p))
                            .map(p -> p.getFileName().toString())
                            .filter(
                                    n ->
                                            !n.endsWith(".dat")
                                                    && !n.endsWith(".u8")
                                                    && !n.startsWith("."))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.FORTUNES, dir, "a readable folder", e.getMessage(), e);
        }
        if (topics.isEmpty()) {
            throw DataSourceException.missing(DataSource.FORTUNES, dir, "fortune topic files");
        }
        return topics;
    }

    /** Every entry of every topic, topic by topic. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        for (String topic : topics()) {
            all.addAll(entries(topic));
        }
        return all;
    }

    /**
     * The entries of one topic file.
     *
     * @throws DataSourceException if the file is missing, empty or not text
     */
    public List<Entry> entries(String topic) {
        Path file = folder().resolve(topic);
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(DataSource.FORTUNES, file, "the topic file " + topic);
        }
        String text = read(file);
        List<Entry> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            if (line.strip().equals("%")) {
                add(entries, current, topic);
            } else {
                current.append(line).append('\n');
            }
        }
        add(entries, current, topic);
        if (entries.isEmpty()) {
            throw DataSourceException.damaged(
                    DataSource.FORTUNES,
                    file,
                    "entries separated by lines holding '%'",
                    text.isEmpty() ? "an empty file" : "no entry",
                    null);
        }
        return entries;
    }

    /** A table with a row per entry: topic, text. */
    public Table table() {
        StringColumn topic = StringColumn.create("topic");
        StringColumn text = StringColumn.create("text");
        for (Entry e : entries()) {
            topic.append(e.topic());
            text.append(e.text());
        }
        return Table.create("fortunes", topic, text);
    }

    /**
     * Entries of the given topics as character ids cut or padded to {@code length}, labelled by
     * topic (index into {@code topics}); stratified splits.
     */
    public TextSplits classification(
            NDManager manager, List<String> topics, int length, SplitConfig config) {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            for (Entry e : entries(topics.get(t))) {
                texts.add(e.text());
                labels.add(t);
            }
        }
        TextVocabulary vocabulary = TextVocabulary.characters(String.join("", texts));
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        return new TextSplits(
                TextDatasets.classification(
                        manager, texts, y, List.copyOf(topics), vocabulary, length, config),
                vocabulary);
    }

    /** Every topic as a class, entries cut or padded to {@code length} characters. */
    public TextSplits classification(NDManager manager, int length, SplitConfig config) {
        return classification(manager, topics(), length, config);
    }

    private static void add(List<Entry> entries, StringBuilder current, String topic) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            entries.add(new Entry(text, topic));
        }
        current.setLength(0);
    }

    /** The file as UTF-8, or as Latin-1 where a few old files are not UTF-8. */
    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.FORTUNES, file, "a readable text file", e.getMessage(), e);
        }
    }
}
