package org.paramlab.audio;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Triangular filters equally spaced on the mel scale, which turn a power spectrum into a mel
 * spectrum.
 *
 * <p>The mel scale is the HTK one, {@code mel(f) = 2595 log10(1 + f / 700)} (Young et al., <i>The
 * HTK Book</i>, 2006). The {@code M + 2} edge frequencies {@code f_0 .. f_{M+1}} are equally spaced
 * in mel between {@code fMin} and {@code fMax}; filter {@code m} rises linearly from 0 at {@code
 * f_m} to 1 at {@code f_{m+1}} and falls back to 0 at {@code f_{m+2}}, evaluated at the bin
 * frequencies {@code k * sampleRate / nFft}. The filters are not area-normalised, so neighbouring
 * filters sum to exactly 1 between {@code f_1} and {@code f_M}: a flat spectrum stays flat.
 *
 * <p>Output: shape (M, nFft/2 + 1), float32, so that {@code filterbank.matMul(power)} maps a
 * (nFft/2 + 1, T) power spectrum to (M, T).
 */
public final class MelFilterbank {
    private MelFilterbank() {}

    /** Hz to mel (HTK). */
    public static double hzToMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    /** Mel to Hz (HTK), the inverse of {@link #hzToMel(double)}. */
    public static double melToHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }

    /**
     * The filter weights as a (nMels, nFft/2 + 1) row-major array.
     *
     * @throws IllegalArgumentException if {@code fMaxHz} exceeds the Nyquist frequency or the band
     *     is empty
     */
    public static double[][] weights(
            int sampleRate, int nFft, int nMels, double fMinHz, double fMaxHz) {
        if (nMels < 1 || nFft < 2) {
            throw new IllegalArgumentException(
                    "Need nMels >= 1 and nFft >= 2, found " + nMels + " and " + nFft);
        }
        if (!(fMinHz >= 0 && fMinHz < fMaxHz && fMaxHz <= sampleRate / 2.0 + 1e-9)) {
            throw new IllegalArgumentException(
                    "Mel band ["
                            + fMinHz
                            + ", "
                            + fMaxHz
                            + "] Hz must satisfy 0 <= fMin < fMax <= sampleRate / 2 = "
                            + sampleRate / 2.0);
        }
        double[] edges = new double[nMels + 2];
        double melMin = hzToMel(fMinHz);
        double melMax = hzToMel(fMaxHz);
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(melMin + (melMax - melMin) * i / (nMels + 1));
        }
        int bins = nFft / 2 + 1;
        double[][] w = new double[nMels][bins];
        for (int m = 0; m < nMels; m++) {
            double lower = edges[m];
            double centre = edges[m + 1];
            double upper = edges[m + 2];
            for (int k = 0; k < bins; k++) {
                double f = Stft.binFrequency(k, nFft, sampleRate);
                double rising = (f - lower) / (centre - lower);
                double falling = (upper - f) / (upper - centre);
                w[m][k] = Math.max(0, Math.min(rising, falling));
            }
        }
        return w;
    }

    /** The filterbank as a float32 (nMels, nFft/2 + 1) array in {@code manager}. */
    public static NDArray create(
            NDManager manager, int sampleRate, int nFft, int nMels, double fMinHz, double fMaxHz) {
        double[][] w = weights(sampleRate, nFft, nMels, fMinHz, fMaxHz);
        int bins = nFft / 2 + 1;
        float[] flat = new float[nMels * bins];
        for (int m = 0; m < nMels; m++) {
            for (int k = 0; k < bins; k++) {
                flat[m * bins + k] = (float) w[m][k];
            }
        }
        return manager.create(flat, new Shape(nMels, bins));
    }
}
