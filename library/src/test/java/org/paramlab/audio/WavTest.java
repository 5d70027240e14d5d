package org.paramlab.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.viz.AudioClip;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

class WavTest {

    /** A RIFF file with a PCM 'fmt ' chunk, an optional extra chunk, and the data bytes. */
    static byte[] wav(int encoding, int channels, int rate, int bits, byte[] data, boolean extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer fmt = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        fmt.put("fmt ".getBytes()).putInt(16).putShort((short) encoding).putShort((short) channels);
        fmt.putInt(rate).putInt(rate * channels * bits / 8);
        fmt.putShort((short) (channels * bits / 8)).putShort((short) bits);
        ByteBuffer list = ByteBuffer.allocate(8 + 3 + 1).order(ByteOrder.LITTLE_ENDIAN);
        list.put("LIST".getBytes()).putInt(3).put(new byte[] {1, 2, 3, 0}); // odd size, padded
        ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        head.put("data".getBytes()).putInt(data.length);
        int total = 4 + 24 + (extra ? 12 : 0) + 8 + data.length;
        ByteBuffer riff = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes()).putInt(total).put("WAVE".getBytes());
        out.writeBytes(riff.array());
        out.writeBytes(fmt.array());
        if (extra) {
            out.writeBytes(list.array());
        }
        out.writeBytes(head.array());
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] shorts(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    @Test
    void sixteenBitMonoDecodesToScaledSamples() {
        AudioClip clip = Wav.decode(wav(1, 1, 8000, 16, shorts(0, 16384, -32768, 32767), false));
        assertEquals(8000, clip.sampleRate());
        assertArrayEquals(new float[] {0f, 0.5f, -1f, 32767f / 32768f}, clip.samples(), 0f);
    }

    @Test
    void stereoIsMixedDownByAveragingChannels() {
        AudioClip clip = Wav.decode(wav(1, 2, 16000, 16, shorts(16384, 0, -16384, -16384), true));
        assertArrayEquals(new float[] {0.25f, -0.5f}, clip.samples(), 1e-7f);
        assertEquals(16000, clip.sampleRate());
    }

    @Test
    void eightBitIsUnsignedAroundOneTwentyEight() {
        byte[] data = {(byte) 128, (byte) 255, 0, (byte) 192};
        AudioClip clip = Wav.decode(wav(1, 1, 8000, 8, data, false));
        assertArrayEquals(new float[] {0f, 127f / 128f, -1f, 0.5f}, clip.samples(), 0f);
    }

    @Test
    void twentyFourBitIsSignedLittleEndian() {
        byte[] data = {0, 0, 0x40, 0, 0, (byte) 0xC0}; // +0.5, -0.5
        AudioClip clip = Wav.decode(wav(1, 1, 44100, 24, data, false));
        assertArrayEquals(new float[] {0.5f, -0.5f}, clip.samples(), 0f);
    }

    @Test
    void writeThenReadRoundTripsWithinSixteenBitPrecision(@TempDir Path dir) throws Exception {
        AudioClip tone = AudioClip.tone(440, 0.1, 8000);
        Path file = dir.resolve("sub/tone.wav");
        Wav.write(tone, file);
        AudioClip back = Wav.read(file);
        assertEquals(tone.samples().length, back.samples().length);
        for (int i = 0; i < tone.samples().length; i++) {
            assertEquals(tone.samples()[i], back.samples()[i], 1.0 / 32767 + 1e-6);
        }
    }

    @Test
    void truncatedDataChunkIsReportedNotShortened(@TempDir Path dir) throws Exception {
        byte[] full = AudioClip.tone(440, 0.1, 8000).toWav();
        Path file = dir.resolve("cut.wav");
        Files.write(file, Arrays.copyOf(full, full.length - 100));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Wav.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void garbageIsNotAWav() {
        byte[] junk = "this is not a wave file at all".getBytes();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Wav.decode(junk));
        assertTrue(e.getMessage().contains("not a WAV"), e.getMessage());
    }

    @Test
    void missingDataChunkIsCorrupt() {
        byte[] full = wav(1, 1, 8000, 16, shorts(1, 2), false);
        byte[] headerOnly = Arrays.copyOf(full, 12 + 24);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Wav.decode(headerOnly));
        assertTrue(e.getMessage().contains("no 'data' chunk"), e.getMessage());
    }

    @Test
    void compressedEncodingsAreRejectedByName() {
        byte[] alaw = wav(6, 1, 8000, 8, new byte[] {1, 2}, false);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Wav.decode(alaw));
        assertTrue(e.getMessage().contains("unsupported WAV encoding 6"), e.getMessage());
    }

    @Test
    void partialFrameIsTruncation() {
        byte[] odd = wav(1, 2, 8000, 16, new byte[] {1, 2, 3, 4, 5, 6}, false);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Wav.decode(odd));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }
}
