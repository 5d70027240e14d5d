package org.paramlab.audio;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.paramlab.viz.AudioClip;

/**
 * Log-mel spectrograms, the usual input features of speech and sound models.
 *
 * <p>{@code S[m, t] = 10 log10(max(sum_k F[m, k] |X[k, t]|^2, 1e-10))} in decibels, where {@code X}
 * is the centred {@link Stft} and {@code F} the {@link MelFilterbank}. Input: samples (L) or a
 * batch (B, L); output (M, T) or (B, M, T) on the input's device, rows from low to high frequency.
 */
public final class Spectrogram {
    /** The power floor below which values are clamped before the logarithm (-100 dB). */
    public static final float POWER_FLOOR = 1e-10f;

    private Spectrogram() {}

    /**
     * The log-mel spectrogram of {@code signal} sampled at {@code sampleRate}.
     *
     * @throws IllegalArgumentException if the band exceeds the Nyquist frequency or the signal is
     *     shorter than one frame
     */
    public static NDArray logMel(NDArray signal, int sampleRate, SpectrogramConfig config) {
        try (NDManager scope = NDManager.subManagerOf(signal)) {
            scope.tempAttachAll(signal);
            NDArray filters =
                    MelFilterbank.create(
                            scope,
                            sampleRate,
                            config.nFft(),
                            config.nMels(),
                            config.fMinHz(),
                            config.fMaxHz());
            NDArray power = Stft.power(signal, config.nFft(), config.hopLength(), true);
            NDArray mel = filters.matMul(power); // (M, F) x (..., F, T) -> (..., M, T)
            NDArray db = mel.maximum(POWER_FLOOR).log10().mul(10);
            return scope.ret(db);
        }
    }

    /** The log-mel spectrogram of a clip, with {@link SpectrogramConfig#forRate(int)} settings. */
    public static NDArray logMel(NDManager manager, AudioClip clip) {
        return logMel(manager, clip, SpectrogramConfig.forRate(clip.sampleRate()));
    }

    /** The log-mel spectrogram of a clip, computed in {@code manager}. */
    public static NDArray logMel(NDManager manager, AudioClip clip, SpectrogramConfig config) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray samples = AudioArrays.of(scope, clip);
            return scope.ret(logMel(samples, clip.sampleRate(), config));
        }
    }
}
