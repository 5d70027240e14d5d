package org.paramlab.viz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A mono sound clip: samples in [-1, 1] at a sample rate. The kernel shows it as an HTML audio
 * player with the WAV embedded (no network, no JavaScript).
 *
 * @param samples the signal; values outside [-1, 1] are clipped when encoded
 * @param sampleRate samples per second
 */
public record AudioClip(float[] samples, int sampleRate) {
    /**
     * Validates the clip.
     *
     * @throws IllegalArgumentException if the sample rate is not positive
     */
    public AudioClip {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("Sample rate must be positive, got " + sampleRate);
        }
    }

    /** A sine tone, handy for checking that audio plays. */
    public static AudioClip tone(double frequencyHz, double seconds, int sampleRate) {
        int n = (int) Math.round(seconds * sampleRate);
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
        }
        return new AudioClip(s, sampleRate);
    }

    /** Length in seconds. */
    public double seconds() {
        return (double) samples.length / sampleRate;
    }

    /** The clip as a 16-bit PCM mono WAV file (RIFF, little-endian). */
    public byte[] toWav() {
        int dataBytes = samples.length * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + dataBytes);
        wav.put(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
        wav.putInt(16).putShort((short) 1).putShort((short) 1); // PCM, mono
        wav.putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        wav.put(new byte[] {'d', 'a', 't', 'a'}).putInt(dataBytes);
        for (float v : samples) {
            float clipped = Math.max(-1f, Math.min(1f, v));
            wav.putShort((short) Math.round(clipped * Short.MAX_VALUE));
        }
        return wav.array();
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "AudioClip(%.2f s, %d Hz, %d samples)",
                seconds(),
                sampleRate,
                samples.length);
    }
}
