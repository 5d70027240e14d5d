package org.paramlab.lm.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps text to token ids and back, with a fixed vocabulary that can be saved and loaded.
 * Implementations: {@link CharTokenizer} (lossless) and {@link WordTokenizer} (words with their
 * leading space, lossless for words in the vocabulary).
 */
public interface TextTokenizer {

    /** The ids of {@code text}. */
    int[] encode(String text);

    /** The text of {@code ids}. */
    String decode(int[] ids);

    /** The number of ids, V. */
    int vocabSize();

    /** The token of id {@code id}, for display. */
    String token(int id);

    /** A JSON document from which {@link #load(Path)} rebuilds this tokenizer. */
    String toJson();

    /**
     * Writes {@link #toJson()} to {@code file}.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    default void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the tokenizer to " + file, e);
        }
    }

    /**
     * Reads a tokenizer saved by {@link #save(Path)}.
     *
     * @throws IllegalArgumentException if the file holds no tokenizer this class knows
     * @throws UncheckedIOException if the file cannot be read
     */
    static TextTokenizer load(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a tokenizer from " + file, e);
        }
        var saved = TokenizerFile.GSON.fromJson(json, TokenizerFile.class);
        if (saved == null || saved.type() == null) {
            throw new IllegalArgumentException(file + " does not hold a saved tokenizer.");
        }
        return switch (saved.type()) {
            case CharTokenizer.TYPE -> new CharTokenizer(saved.tokens());
            case WordTokenizer.TYPE -> new WordTokenizer(saved.tokens());
            default ->
                    throw new IllegalArgumentException(
                            file + " holds a tokenizer of unknown type '" + saved.type() + "'.");
        };
    }
}
