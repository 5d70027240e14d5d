package org.paramlab.audio;

import org.paramlab.viz.AudioClip;

/**
 * Changes a clip's sample rate by band-limited (windowed-sinc) interpolation.
 *
 * <p>Each output sample at time {@code t} is {@code y(t) = sum_k x[k] * fc * sinc(fc * (t*r_in -
 * k)) * w(t*r_in - k)}, where {@code fc = min(1, r_out / r_in)} is the cut-off as a fraction of the
 * input's Nyquist frequency (so downsampling removes what the new rate cannot hold instead of
 * aliasing it) and {@code w} is a Hann window spanning {@value #ZERO_CROSSINGS} zero crossings of
 * the sinc on each side. The output has {@code round(n * r_out / r_in)} samples; tones below both
 * Nyquist frequencies keep their frequency and amplitude.
 */
public final class Resampler {
    /** Zero crossings of the interpolating sinc on each side of a sample. */
    public static final int ZERO_CROSSINGS = 16;

    private Resampler() {}

    /**
     * The clip at {@code targetRate} samples per second; the same clip when the rate already
     * matches.
     *
     * @throws IllegalArgumentException if {@code targetRate} is not positive
     */
    public static AudioClip resample(AudioClip clip, int targetRate) {
        if (targetRate <= 0) {
            throw new IllegalArgumentException("Target rate must be positive, got " + targetRate);
        }
        if (targetRate == clip.sampleRate()) {
            return clip;
        }
        return new AudioClip(resample(clip.samples(), clip.sampleRate(), targetRate), targetRate);
    }

    /** The samples {@code x} at rate {@code fromRate}, resampled to {@code toRate}. */
    static float[] resample(float[] x, int fromRate, int toRate) {
        double ratio = (double) fromRate / toRate; // input samples per output sample
        double cutoff = Math.min(1.0, (double) toRate / fromRate);
        double halfWidth = ZERO_CROSSINGS / cutoff; // in input samples
        int n = (int) Math.round((double) x.length * toRate / fromRate);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i * ratio;
            int first = (int) Math.ceil(t - halfWidth);
            int last = (int) Math.floor(t + halfWidth);
            double sum = 0;
            for (int k = Math.max(0, first); k <= Math.min(x.length - 1, last); k++) {
                double d = t - k;
                sum += x[k] * cutoff * sinc(cutoff * d) * hann(d / halfWidth);
            }
            y[i] = (float) sum;
        }
        return y;
    }

    private static double sinc(double v) {
        if (Math.abs(v) < 1e-12) {
            return 1;
        }
        double p = Math.PI * v;
        return Math.sin(p) / p;
    }

    /** Hann window on [-1, 1], zero outside. */
    private static double hann(double u) {
        return Math.abs(u) >= 1 ? 0 : 0.5 * (1 + Math.cos(Math.PI * u));
    }
}
