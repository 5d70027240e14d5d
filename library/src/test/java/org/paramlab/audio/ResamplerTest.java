package org.paramlab.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.AudioClip;

class ResamplerTest {

    private static float[] tone(double hz, int rate, int n) {
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @Test
    void upsampledToneMatchesTheToneSampledAtTheNewRate() {
        AudioClip in = new AudioClip(tone(440, 8000, 4000), 8000);
        AudioClip out = Resampler.resample(in, 16000);
        assertEquals(16000, out.sampleRate());
        assertEquals(8000, out.samples().length);
        float[] expected = tone(440, 16000, 8000);
        for (int i = 500; i < 7500; i++) { // away from the edges, where the sinc is cut off
            assertEquals(expected[i], out.samples()[i], 2e-3, "sample " + i);
        }
    }

    @Test
    void downsampledToneBelowTheNewNyquistKeepsItsAmplitude() {
        float[] x = tone(1000, 16000, 16000);
        float[] y = Resampler.resample(x, 16000, 8000);
        assertEquals(8000, y.length);
        assertEquals(0.5 / Math.sqrt(2), rms(y, 500, 7500), 5e-3);
    }

    @Test
    void toneAboveTheNewNyquistIsRemovedNotAliased() {
        float[] x = tone(6000, 16000, 16000); // would alias to 2 kHz at 8 kHz
        float[] y = Resampler.resample(x, 16000, 8000);
        assertTrue(rms(y, 500, 7500) < 0.01, "residual RMS " + rms(y, 500, 7500));
    }

    @Test
    void lengthScalesWithTheRateRatio() {
        assertEquals(441, Resampler.resample(new float[100], 8000, 35280).length);
        assertEquals(1, Resampler.resample(new float[3], 44100, 16000).length);
    }

    @Test
    void sameRateReturnsTheSameClip() {
        AudioClip clip = AudioClip.tone(440, 0.01, 8000);
        assertSame(clip, Resampler.resample(clip, 8000));
    }

    @Test
    void nonPositiveRateIsRejected() {
        AudioClip clip = AudioClip.tone(440, 0.01, 8000);
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(clip, 0));
    }

    @Test
    void agreesWithScipyResamplePolyInsideThePassband() throws Exception {
        SpectrogramFixture f = SpectrogramFixture.load();
        float[] y = Resampler.resample(f.signal(), f.sampleRate(), 2 * f.sampleRate());
        assertEquals(f.upsampled().length, y.length);
        double worst = 0;
        for (int i = 200; i < y.length - 200; i++) {
            worst = Math.max(worst, Math.abs(y[i] - f.upsampled()[i]));
        }
        // Two different low-pass filters: they agree to within their passband ripple.
        assertTrue(worst < 0.02, "max deviation from scipy " + worst);
    }
}
