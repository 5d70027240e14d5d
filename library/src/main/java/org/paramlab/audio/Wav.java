package org.paramlab.audio;

import org.paramlab.viz.AudioClip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes WAV (RIFF) files as {@link AudioClip}s.
 *
 * <p>Reads integer PCM with 8, 16, 24 or 32 bits per sample and IEEE float with 32 bits, any number
 * of channels (mixed down to mono by averaging), including the {@code WAVE_FORMAT_EXTENSIBLE}
 * header that tools write for such formats. 8-bit PCM is unsigned (128 = silence), wider PCM is
 * signed little-endian; samples are scaled to [-1, 1). Writes 16-bit PCM mono ({@link
 * AudioClip#toWav()}).
 *
 * <p>A file that is not a WAV, or is truncated or inconsistent, raises an {@link
 * IllegalArgumentException} that says what was expected and what was found, never a clip of the
 * wrong length.
 */
public final class Wav {
    private static final int PCM = 1;
    private static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private Wav() {}

    /**
     * Reads a WAV file.
     *
     * @throws IllegalArgumentException if the file is not a readable WAV (the message names it)
     * @throws IOException if the file cannot be read
     */
    public static AudioClip read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes the bytes of a WAV file.
     *
     * @throws IllegalArgumentException if the bytes are not a readable WAV
     */
    public static AudioClip decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0).equals("RIFF") || !tag(bytes, 8).equals("WAVE")) {
            throw new IllegalArgumentException(
                    "not a WAV file: expected 'RIFF....WAVE' at the start, found "
                            + (bytes.length < 12
                                    ? bytes.length + " bytes"
                                    : "'" + printable(bytes) + "'"));
        }
        Format format = null;
        int position = 12;
        while (position + 8 <= bytes.length) {
            String id = tag(bytes, position);
            long size = Integer.toUnsignedLong(b.getInt(position + 4));
            int body = position + 8;
            if (id.equals("fmt ")) {
                format = Format.parse(b, body, size);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new IllegalArgumentException(
                            "corrupt WAV: the 'data' chunk comes before the 'fmt ' chunk");
                }
                long available = bytes.length - (long) body;
                if (size > available) {
                    throw new IllegalArgumentException(
                            "truncated WAV: the data chunk declares "
                                    + size
                                    + " bytes but only "
                                    + available
                                    + " follow");
                }
                return format.samples(b, body, (int) size);
            }
            position = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IllegalArgumentException(
                format == null
                        ? "corrupt WAV: no 'fmt ' chunk"
                        : "corrupt or truncated WAV: no 'data' chunk");
    }

    /** Writes {@code clip} as a 16-bit PCM mono WAV file, creating parent folders. */
    public static void write(AudioClip clip, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, clip.toWav());
    }

    private static String tag(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            int c = bytes[i] & 0xFF;
            s.append(c >= 32 && c < 127 ? (char) c : '.');
        }
        return s.toString();
    }

    /** The 'fmt ' chunk: encoding, channels, rate and sample width. */
    private record Format(int encoding, int channels, int sampleRate, int bits) {
        static Format parse(ByteBuffer b, int body, long size) {
            if (size < 16 || body + 16 > b.capacity()) {
                throw new IllegalArgumentException(
                        "corrupt WAV: the 'fmt ' chunk has "
                                + size
                                + " bytes, expected at least 16");
            }
            int encoding = Short.toUnsignedInt(b.getShort(body));
            int channels = Short.toUnsignedInt(b.getShort(body + 2));
            int rate = b.getInt(body + 4);
            int bits = Short.toUnsignedInt(b.getShort(body + 14));
            if (encoding == EXTENSIBLE && size >= 26 && body + 26 <= b.capacity()) {
                encoding = Short.toUnsignedInt(b.getShort(body + 24)); // the sub-format GUID
            }
            boolean pcm = encoding == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
            boolean floats = encoding == IEEE_FLOAT && bits == 32;
            if (!pcm && !floats) {
                throw new IllegalArgumentException(
                        "unsupported WAV encoding "
                                + encoding
                                + " with "
                                + bits
                                + " bits; expected PCM (1) with 8, 16, 24 or 32 bits, or float"
                                + " (3) with 32 bits");
            }
            if (channels < 1 || rate <= 0) {
                throw new IllegalArgumentException(
                        "corrupt WAV: " + channels + " channels at " + rate + " Hz");
            }
            return new Format(encoding, channels, rate, bits);
        }

        AudioClip samples(ByteBuffer b, int offset, int size) {
            int width = bits / 8;
            int frame = width * channels;
            if (size % frame != 0) {
                throw new IllegalArgumentException(
                        "truncated WAV: "
                                + size
                                + " data bytes is not a whole number of "
                                + frame
                                + "-byte frames");
            }
            int n = size / frame;
            float[] mono = new float[n];
            for (int i = 0; i < n; i++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += sample(b, offset + i * frame + c * width);
                }
                mono[i] = sum / channels;
            }
            return new AudioClip(mono, sampleRate);
        }

        private float sample(ByteBuffer b, int at) {
            if (encoding == IEEE_FLOAT) {
                return b.getFloat(at);
            }
            return switch (bits) {
                case 8 -> ((b.get(at) & 0xFF) - 128) / 128f;
                case 16 -> b.getShort(at) / 32768f;
                case 24 ->
                        ((b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | b.get(at + 2) << 16)
                                / 8388608f;
                default -> b.getInt(at) / 2147483648f;
            };
        }
    }
}
