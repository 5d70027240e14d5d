package org.paramlab.data;

import ai.djl.ndarray.NDManager;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The King James Bible (1769 Oxford text, public domain in most of the world), 31,102 verses in 66
 * books, as a corpus for small language models and a text-classification set with book, testament
 * and genre labels.
 *
 * <p>The text comes from Debian's {@code bible-kjv} program and its data ({@code ./paramlab data
 * kjv}): {@code bible -f gen1:1-rev22:21} prints one verse per line, {@code Ge1:1 In the
 * beginning...}. The first use runs it once and caches the output as {@code kjv/kjv.txt}; every
 * load checks the cached text's SHA-256, verse count and book count, and rebuilds a damaged cache.
 *
 * <p>Views: {@link #characters} and {@link #words} give next-token windows (int64 (N, T)) for
 * language models; {@link #classification} gives verses encoded as characters with a {@link
 * VerseLabel} each.
 */
public final class Kjv {
    /** The cached text's place in the cache. */
    public static final String CACHE_FILE = "kjv/kjv.txt";

    /** What a verse can be labelled with. */
    public enum VerseLabel {
        /** Old or New Testament (2 classes). */
        TESTAMENT,
        /** One of {@link Kjv#GENRES} (9 classes). */
        GENRE,
        /** The book (66 classes). */
        BOOK
    }

    /**
     * A book of the Bible.
     *
     * @param abbreviation the label the {@code bible} program prints, e.g. {@code Ge}
     * @param name the book's name, e.g. Genesis
     * @param testament {@code Old} or {@code New}
     * @param genre one of {@link Kjv#GENRES}
     */
    public record Book(String abbreviation, String name, String testament, String genre) {}

    /**
     * A verse.
     *
     * @param book the book
     * @param bookNumber the book's position, 1 (Genesis) to 66 (Revelation)
     * @param chapter the chapter, from 1
     * @param verse the verse within its chapter, from 1
     * @param text the verse's text
     */
    public record Verse(Book book, int bookNumber, int chapter, int verse, String text) {}

    /** The genres books are grouped in, in canonical order. */
    public static final List<String> GENRES =
            List.of(
                    "Law",
                    "History",
                    "Wisdom",
                    "Major Prophets",
                    "Minor Prophets",
                    "Gospels",
                    "Pauline Epistles",
                    "General Epistles",
                    "Apocalyptic");

    /** The 66 books in order. */
    public static final List<Book> BOOKS = books();

    static final int VERSES = 31_102;
    static final String SHA256 = "cd45f0c9cedab8e4439bd6486c8952c77cc8b0ecc5d1f6ae3513f2039f47229d";

    private static final Pattern LINE = Pattern.compile("^([1-3]?[A-Za-z]+)(\\d+):(\\d+) (.*)$");

    private final DataPaths paths;
    private final String program;
    private final int expectedVerses;
    private final String sha256;

    /** The Bible where {@link DataPaths#current()} says. */
    public Kjv() {
        this(DataPaths.current());
    }

    /** The Bible under {@code paths}. */
    public Kjv(DataPaths paths) {
        this(paths, "bible", VERSES, SHA256);
    }

    /** For tests: another program, verse count and checksum (null: no checksum). */
    Kjv(DataPaths paths, String program, int expectedVerses, String sha256) {
        this.paths = paths;
        this.program = program;
        this.expectedVerses = expectedVerses;
        this.sha256 = sha256;
    }

    /** The cached text file. */
    public Path cacheFile() {
        return paths.cached(CACHE_FILE);
    }

    /**
     * Every verse in order, generating the cached text on first use.
     *
     * @throws DataSourceException if the {@code bible} program is missing or its output is not the
     *     expected text
     */
    public List<Verse> verses() {
        Path file = cacheFile();
        if (Files.isRegularFile(file)) {
            try {
                return parse(file);
            } catch (DataSourceException damaged) {
                // A stale or damaged cache: make it again from the program, once.
            }
        }
        generate(file);
        return parse(file);
    }

    /** The whole text, one verse per line, without the verse labels. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Verse v : verses()) {
            s.append(v.text()).append('\n');
        }
        return s.toString();
    }

    /** A table with a row per verse: book, number, chapter, verse, testament, genre, text. */
    public Table table() {
        List<Verse> verses = verses();
        StringColumn book = StringColumn.create("book");
        IntColumn number = IntColumn.create("book number");
        IntColumn chapter = IntColumn.create("chapter");
        IntColumn verse = IntColumn.create("verse");
        StringColumn testament = StringColumn.create("testament");
        StringColumn genre = StringColumn.create("genre");
        StringColumn text = StringColumn.create("text");
        for (Verse v : verses) {
            book.append(v.book().name());
            number.append(v.bookNumber());
            chapter.append(v.chapter());
            verse.append(v.verse());
            testament.append(v.book().testament());
            genre.append(v.book().genre());
            text.append(v.text());
        }
        return Table.create("kjv", book, number, chapter, verse, testament, genre, text);
    }

    /** Next-character windows of {@code blockSize} over the whole text, with its vocabulary. */
    public TextSplits characters(NDManager manager, int blockSize, SplitConfig config) {
        String text = text();
        TextVocabulary vocabulary = TextVocabulary.characters(text);
        return new TextSplits(
                TextDatasets.languageModel(manager, vocabulary.encode(text), blockSize, config),
                vocabulary);
    }

    /** Next-word windows of {@code blockSize} with the {@code vocabularySize} commonest words. */
    public TextSplits words(
            NDManager manager, int blockSize, int vocabularySize, SplitConfig config) {
        String text = text();
        TextVocabulary vocabulary = TextVocabulary.words(text, vocabularySize);
        return new TextSplits(
                TextDatasets.languageModel(manager, vocabulary.encode(text), blockSize, config),
                vocabulary);
    }

    /**
     * Verses as character ids cut or padded to {@code length}, labelled by {@code label};
     * stratified splits.
     */
    public TextSplits classification(
            NDManager manager, VerseLabel label, int length, SplitConfig config) {
        List<Verse> verses = verses();
        List<String> classes =
                switch (label) {
                    case TESTAMENT -> List.of("Old", "New");
                    case GENRE -> GENRES;
                    case BOOK -> BOOKS.stream().map(Book::name).toList();
                };
        List<String> texts = new ArrayList<>();
        int[] labels = new int[verses.size()];
        for (int i = 0; i < verses.size(); i++) {
            Verse v = verses.get(i);
            texts.add(v.text());
            labels[i] =
                    switch (label) {
                        case TESTAMENT -> v.book().testament().equals("Old") ? 0 : 1;
                        case GENRE -> GENRES.indexOf(v.book().genre());
                        case BOOK -> v.bookNumber() - 1;
                    };
        }
        TextVocabulary vocabulary = TextVocabulary.characters(String.join("", texts));
        return new TextSplits(
                TextDatasets.classification(
                        manager, texts, labels, classes, vocabulary, length, config),
                vocabulary);
    }

    private void generate(Path file) {
        ProcessBuilder builder =
                new ProcessBuilder(program, "-f", "gen1:1-rev22:21").redirectErrorStream(false);
        builder.environment().remove("COLUMNS"); // one verse per line, whatever the terminal
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "kjv", ".part");
            builder.redirectOutput(partial.toFile());
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                Files.deleteIfExists(partial);
                throw DataSourceException.damaged(
                        DataSource.KJV,
                        file,
                        "'" + program + " -f gen1:1-rev22:21' to print the text",
                        "it failed",
                        null);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw DataSourceException.programMissing(DataSource.KJV, program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while printing the KJV text", e);
        }
    }

    private List<Verse> parse(Path file) {
        if (sha256 != null) {
            String found = SurvivalData.sha256(file);
            if (!found.equals(sha256)) {
                throw DataSourceException.damaged(
                        DataSource.KJV, file, "SHA-256 " + sha256, found, null);
            }
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.KJV, file, "a readable text file", e.getMessage(), e);
        }
        Map<String, Integer> bookNumber = new HashMap<>();
        for (int i = 0; i < BOOKS.size(); i++) {
            bookNumber.put(BOOKS.get(i).abbreviation(), i + 1);
        }
        List<Verse> verses = new ArrayList<>(lines.size());
        LinkedHashSet<String> seenBooks = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            Integer number = m.matches() ? bookNumber.get(m.group(1)) : null;
            if (number == null) {
                throw DataSourceException.damaged(
                        DataSource.KJV,
                        file,
                        "lines like 'Ge1:1 In the beginning ...'",
                        "line " + (i + 1) + " '" + abbreviate(line) + "'",
                        null);
            }
            seenBooks.add(m.group(1));
            verses.add(
                    new Verse(
                            BOOKS.get(number - 1),
                            number,
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)),
                            m.group(4)));
        }
        if (verses.size() != expectedVerses) {
            throw DataSourceException.damaged(
                    DataSource.KJV,
                    file,
                    expectedVerses + " verses",
                    verses.size() + " verses in " + seenBooks.size() + " books",
                    null);
        }
        return List.copyOf(verses);
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

    private static List<Book> books() {
        String[][] table = {
            {"Ge", "Genesis", "Law"},
            {"Exo", "Exodus", "Law"},
            {"Lev", "Leviticus", "Law"},
            {"Num", "Numbers", "Law"},
            {"Deu", "Deuteronomy", "Law"},
            {"Josh", "Joshua", "History"},
            {"Jdgs", "Judges", "History"},
            {"Ruth", "Ruth", "History"},
            {"1Sm", "1 Samuel", "History"},
            {"2Sm", "2 Samuel", "History"},
            {"1Ki", "1 Kings", "History"},
            {"2Ki", "2 Kings", "History"},
            {"1Chr", "1 Chronicles", "History"},
            {"2Chr", "2 Chronicles", "History"},
            {"Ezra", "Ezra", "History"},
            {"Neh", "Nehemiah", "History"},
            {"Est", "Esther", "History"},
            {"Job", "Job", "Wisdom"},
            {"Psa", "Psalms", "Wisdom"},
            {"Prv", "Proverbs", "Wisdom"},
            {"Eccl", "Ecclesiastes", "Wisdom"},
            {"SSol", "Song of Solomon", "Wisdom"},
            {"Isa", "Isaiah", "Major Prophets"},
            {"Jer", "Jeremiah", "Major Prophets"},
            {"Lam", "Lamentations", "Major Prophets"},
            {"Eze", "Ezekiel", "Major Prophets"},
            {"Dan", "Daniel", "Major Prophets"},
            {"Hos", "Hosea", "Minor Prophets"},
            {"Joel", "Joel", "Minor Prophets"},
            {"Amos", "Amos", "Minor Prophets"},
            {"Obad", "Obadiah", "Minor Prophets"},
            {"Jonah", "Jonah", "Minor Prophets"},
            {"Mic", "Micah", "Minor Prophets"},
            {"Nahum", "Nahum", "Minor Prophets"},
            {"Hab", "Habakkuk", "Minor Prophets"},
            {"Zep", "Zephaniah", "Minor Prophets"},
            {"Hag", "Haggai", "Minor Prophets"},
            {"Zec", "Zechariah", "Minor Prophets"},
            {"Mal", "Malachi", "Minor Prophets"},
            {"Mat", "Matthew", "Gospels"},
            {"Mark", "Mark", "Gospels"},
            {"Luke", "Luke", "Gospels"},
            {"John", "John", "Gospels"},
            {"Acts", "Acts", "History"},
            {"Rom", "Romans", "Pauline Epistles"},
            {"1Cor", "1 Corinthians", "Pauline Epistles"},
            {"2Cor", "2 Corinthians", "Pauline Epistles"},
            {"Gal", "Galatians", "Pauline Epistles"},
            {"Eph", "Ephesians", "Pauline Epistles"},
            {"Phi", "Philippians", "Pauline Epistles"},
            {"Col", "Colossians", "Pauline Epistles"},
            {"1Th", "1 Thessalonians", "Pauline Epistles"},
            {"2Th", "2 Thessalonians", "Pauline Epistles"},
            {"1Tim", "1 Timothy", "Pauline Epistles"},
            {"2Tim", "2 Timothy", "Pauline Epistles"},
            {"Titus", "Titus", "Pauline Epistles"},
            {"Phmn", "Philemon", "Pauline Epistles"},
            {"Heb", "Hebrews", "General Epistles"},
            {"Jas", "James", "General Epistles"},
            {"1Pet", "1 Peter", "General Epistles"},
            {"2Pet", "2 Peter", "General Epistles"},
            {"1Jn", "1 John", "General Epistles"},
            {"2Jn", "2 John", "General Epistles"},
            {"3Jn", "3 John", "General Epistles"},
            {"Jude", "Jude", "General Epistles"},
            {"Rev", "Revelation", "Apocalyptic"}
        };
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            books.add(new Book(table[i][0], table[i][1], i < 39 ? "Old" : "New", table[i][2]));
        }
        return List.copyOf(books);
    }
}
