package org.paramlab.data;

import ai.djl.ndarray.NDManager;

import org.paramlab.audio.Wav;
import org.paramlab.viz.AudioClip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Synthetic speech from espeak-ng (Debian {@code espeak-ng}, installed by {@code ./paramlab data
 * speech}): any text, in any of its voices, at any speed and pitch, as 16-bit mono clips at 22,050
 * Hz.
 *
 * <p>Each utterance is synthesised once and cached as {@code speech/<sha256>.wav}, keyed by voice,
 * speed, pitch and text, so a notebook that asks again gets the same clip at once.
 */
public final class Speech {
    private final DataPaths paths;
    private final String program;

    /** Speech cached where {@link DataPaths#current()} says. */
    public Speech() {
        this(DataPaths.current());
    }

    /** Speech cached under {@code paths}. */
    public Speech(DataPaths paths) {
        this(paths, "espeak-ng");
    }

    /** For tests: another synthesiser command. */
    Speech(DataPaths paths, String program) {
        this.paths = paths;
        this.program = program;
    }

    /** {@code text} spoken with {@link SpeechConfig#defaults()}. */
    public AudioClip say(String text) {
        return say(text, SpeechConfig.defaults());
    }

    /**
     * {@code text} spoken as {@code config} says.
     *
     * @throws DataSourceException if espeak-ng is not installed or fails
     * @throws IllegalArgumentException if the text is blank
     */
    public AudioClip say(String text, SpeechConfig config) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Speech needs some text, got '" + text + "'");
        }
        Path wav = cacheFile(text, config);
        if (Files.isRegularFile(wav)) {
            try {
                return Wav.read(wav);
            } catch (IllegalArgumentException | IOException damagedCache) {
                // synthesise it again below
            }
        }
        try {
            Files.createDirectories(wav.getParent());
            Path partial = Files.createTempFile(wav.getParent(), "utterance", ".wav");
            ExternalProgram.Outcome run =
                    ExternalProgram.run(
                            DataSource.SPEECH,
                            List.of(
                                    program,
                                    "-v",
                                    config.voice(),
                                    "-s",
                                    String.valueOf(config.wordsPerMinute()),
                                    "-p",
                                    String.valueOf(config.pitch()),
                                    "-w",
                                    partial.toString(),
                                    "--stdin"),
                            text,
                            60);
            if (!run.succeeded() || Files.size(partial) <= 44) {
                Files.deleteIfExists(partial);
                throw DataSourceException.damaged(
                        DataSource.SPEECH,
                        wav,
                        "espeak-ng to speak with voice '" + config.voice() + "'",
                        run.succeeded() ? "no sound" : "it failed: " + run.errors(),
                        null);
            }
            Files.move(partial, wav, StandardCopyOption.REPLACE_EXISTING);
            return Wav.read(wav);
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    DataSource.SPEECH, wav, "a writable cache", e.getMessage(), e);
        }
    }

    /**
     * Every word spoken by every voice, cut or padded to {@code seconds} at 16 kHz, labelled by
     * word: a synthetic keyword-spotting set of {@code words.size() * voices.size()} clips.
     */
    public Splits words(
            NDManager manager,
            List<String> words,
            List<SpeechConfig> voices,
            double seconds,
            SplitConfig config) {
        List<AudioClip> clips = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (SpeechConfig voice : voices) {
            for (int w = 0; w < words.size(); w++) {
                clips.add(say(words.get(w), voice));
                labels.add(w);
            }
        }
        return AudioDatasets.waveforms(
                manager,
                clips,
                labels.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(words),
                16_000,
                seconds,
                config);
    }

    /** Where the utterance of {@code text} with {@code config} is cached. */
    public Path cacheFile(String text, SpeechConfig config) {
        String key =
                config.voice() + "|" + config.wordsPerMinute() + "|" + config.pitch() + "|" + text;
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(key.getBytes(StandardCharsets.UTF_8));
            return paths.cached("speech/" + HexFormat.of().formatHex(hash) + ".wav");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }
}
