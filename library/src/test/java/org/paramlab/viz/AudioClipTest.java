package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

class AudioClipTest {

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }

    @Test
    void wavHeaderDescribes16BitMonoPcmAtTheSampleRate() {
        byte[] wav = new AudioClip(new float[] {0f, 0.5f, -0.5f}, 8000).toWav();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 6, wav.length);
        assertEquals("RIFF", ascii(wav, 0));
        assertEquals(36 + 6, b.getInt(4));
        assertEquals("WAVE", ascii(wav, 8));
        assertEquals("fmt ", ascii(wav, 12));
        assertEquals(16, b.getInt(16)); // fmt chunk size
        assertEquals(1, b.getShort(20)); // PCM
        assertEquals(1, b.getShort(22)); // mono
        assertEquals(8000, b.getInt(24)); // sample rate
        assertEquals(16000, b.getInt(28)); // byte rate = rate * 2
        assertEquals(2, b.getShort(32)); // block align
        assertEquals(16, b.getShort(34)); // bits per sample
        assertEquals("data", ascii(wav, 36));
        assertEquals(6, b.getInt(40));
    }

    @Test
    void samplesAreScaledToShortRange() {
        byte[] wav = new AudioClip(new float[] {0f, 1f, -1f, 0.5f}, 8000).toWav();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(44));
        assertEquals(Short.MAX_VALUE, b.getShort(46));
        assertEquals(-Short.MAX_VALUE, b.getShort(48));
        assertEquals(Math.round(0.5f * Short.MAX_VALUE), b.getShort(50));
    }

    @Test
    void valuesOutsideUnitRangeAreClipped() {
        byte[] wav = new AudioClip(new float[] {2f, -3f, Float.MAX_VALUE}, 8000).toWav();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(Short.MAX_VALUE, b.getShort(44));
        assertEquals(-Short.MAX_VALUE, b.getShort(46));
        assertEquals(Short.MAX_VALUE, b.getShort(48));
    }

    @Test
    void javaSoundReadsTheWavBack() throws Exception {
        AudioClip clip = AudioClip.tone(440, 0.25, 16000);
        try (AudioInputStream in =
                AudioSystem.getAudioInputStream(new ByteArrayInputStream(clip.toWav()))) {
            AudioFormat f = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding());
            assertEquals(16000f, f.getSampleRate());
            assertEquals(16, f.getSampleSizeInBits());
            assertEquals(1, f.getChannels());
            assertEquals(false, f.isBigEndian());
            assertEquals(4000, in.getFrameLength());
        }
    }

    @Test
    void toneHasRateTimesSecondsSamplesAtHalfAmplitude() {
        AudioClip clip = AudioClip.tone(440, 0.5, 8000);
        assertEquals(4000, clip.samples().length);
        assertEquals(0.5, clip.seconds(), 1e-12);
        assertEquals(8000, clip.sampleRate());
        float peak = 0;
        for (float s : clip.samples()) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertTrue(peak <= 0.5f && peak > 0.49f, "peak " + peak);
        assertEquals(0f, clip.samples()[0]);
    }

    @Test
    void toneSampleFollowsTheSine() {
        AudioClip clip = AudioClip.tone(1000, 0.01, 8000);
        // 1 kHz at 8 kHz: sample 2 is a quarter period, the crest.
        assertEquals(0.5f, clip.samples()[2], 1e-6f);
        assertEquals(-0.5f, clip.samples()[6], 1e-6f);
    }

    @Test
    void nonPositiveSampleRateIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new AudioClip(new float[1], 0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AudioClip(new float[1], -8000));
        assertThrows(IllegalArgumentException.class, () -> AudioClip.tone(440, 1, 0));
    }

    @Test
    void nullSamplesAreRejected() {
        assertThrows(NullPointerException.class, () -> new AudioClip(null, 8000));
    }

    @Test
    void toStringGivesLengthRateAndSampleCount() {
        assertEquals(
                "AudioClip(0.50 s, 8000 Hz, 4000 samples)",
                AudioClip.tone(440, 0.5, 8000).toString());
    }
}
