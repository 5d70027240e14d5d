package org.paramlab.data;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@link Speech} speaks: an espeak-ng voice, a speed and a pitch.
 *
 * @param voice an espeak-ng voice or language, e.g. {@code en}, {@code en-us}, {@code fr}, {@code
 *     en+f3} (a variant); {@code espeak-ng --voices} lists them
 * @param wordsPerMinute speed, 80 to 450 (espeak-ng's default is 175)
 * @param pitch pitch, 0 to 99 (default 50)
 */
public record SpeechConfig(String voice, int wordsPerMinute, int pitch) {
    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_+\\-/]+");

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if the voice name has other characters or a number is out of
     *     range
     */
    public SpeechConfig {
        Objects.requireNonNull(voice, "voice");
        if (!VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException(
                    "Voice '"
                            + voice
                            + "' must be an espeak-ng voice name such as en, en-us, en+f3");
        }
        if (wordsPerMinute < 80 || wordsPerMinute > 450) {
            throw new IllegalArgumentException(
                    "wordsPerMinute must be 80 to 450, got " + wordsPerMinute);
        }
        if (pitch < 0 || pitch > 99) {
            throw new IllegalArgumentException("pitch must be 0 to 99, got " + pitch);
        }
    }

    /** English at 160 words per minute, pitch 50. */
    public static SpeechConfig defaults() {
        return new SpeechConfig("en", 160, 50);
    }

    /** This config with another voice. */
    public SpeechConfig withVoice(String value) {
        return new SpeechConfig(value, wordsPerMinute, pitch);
    }

    /** This config with another speed. */
    public SpeechConfig withWordsPerMinute(int value) {
        return new SpeechConfig(voice, value, pitch);
    }

    /** This config with another pitch. */
    public SpeechConfig withPitch(int value) {
        return new SpeechConfig(voice, wordsPerMinute, value);
    }
}
