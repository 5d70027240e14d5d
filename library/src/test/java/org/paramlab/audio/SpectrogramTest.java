package org.paramlab.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.AudioClip;

class SpectrogramTest {

    @Test
    void matchesTheNumpyReference() throws Exception {
        SpectrogramFixture f = SpectrogramFixture.load();
        SpectrogramConfig config =
                new SpectrogramConfig(f.nFft(), f.hop(), f.nMels(), f.fMin(), f.fMax());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray s = Spectrogram.logMel(m.create(f.signal()), f.sampleRate(), config);
            int cols = f.logMel()[0].length;
            assertEquals(new Shape(f.nMels(), cols), s.getShape());
            float[] flat = s.toFloatArray();
            double loudest = s.max().getFloat();
            for (int r = 0; r < f.nMels(); r++) {
                for (int c = 0; c < cols; c++) {
                    double expected = f.logMel()[r][c];
                    // float32 rounding: hundredths of a dB within 60 dB of the loudest cell,
                    // more in the near-silent cells far below it.
                    double tolerance = expected > loudest - 60 ? 0.02 : 0.5;
                    assertEquals(expected, flat[r * cols + c], tolerance, r + "," + c);
                }
            }
        }
    }

    @Test
    void silenceSitsAtTheFloor() {
        try (NDManager m = NDManager.newBaseManager()) {
            AudioClip silence = new AudioClip(new float[8000], 8000);
            NDArray s = Spectrogram.logMel(m, silence);
            assertEquals(-100f, s.max().getFloat(), 1e-3);
        }
    }

    @Test
    void toneLightsTheMelBandThatHoldsIt() {
        try (NDManager m = NDManager.newBaseManager()) {
            AudioClip tone = AudioClip.tone(1000, 0.5, 16000);
            SpectrogramConfig c = SpectrogramConfig.forRate(16000);
            NDArray s = Spectrogram.logMel(m, tone, c);
            long loudest = s.get(":, 20").argMax().getLong();
            double[][] w = MelFilterbank.weights(16000, c.nFft(), c.nMels(), 0, 8000);
            int bin = (int) Math.round(1000.0 * c.nFft() / 16000);
            int best = 0;
            for (int r = 0; r < w.length; r++) {
                if (w[r][bin] > w[best][bin]) {
                    best = r;
                }
            }
            assertEquals(best, loudest);
        }
    }

    @Test
    void forRateChoosesSpeechSettings() {
        SpectrogramConfig c8 = SpectrogramConfig.forRate(8000);
        assertEquals(256, c8.nFft());
        assertEquals(80, c8.hopLength());
        assertEquals(40, c8.nMels());
        assertEquals(4000, c8.fMaxHz());
        SpectrogramConfig c16 = SpectrogramConfig.forRate(16000);
        assertEquals(512, c16.nFft());
        assertEquals(160, c16.hopLength());
        assertEquals(64, c16.nMels());
        assertEquals(2048, SpectrogramConfig.forRate(44100).nFft());
    }

    @Test
    void configRejectsAnEmptyBand() {
        assertThrows(
                IllegalArgumentException.class, () -> new SpectrogramConfig(64, 16, 8, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new SpectrogramConfig(1, 16, 8, 0, 100));
    }

    @Test
    void repeatedCallsLeaveNoArraysBehind() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(400));
            SpectrogramConfig c = new SpectrogramConfig(64, 32, 8, 0, 4000);
            int before = m.getManagedArrays().size();
            for (int i = 0; i < 1000; i++) {
                Spectrogram.logMel(x, 8000, c).close();
            }
            assertEquals(before, m.getManagedArrays().size());
        }
    }
}
