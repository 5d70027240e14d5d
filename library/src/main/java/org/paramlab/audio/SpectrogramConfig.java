package org.paramlab.audio;

/**
 * Settings of a log-mel spectrogram.
 *
 * @param nFft FFT length and Hann window length in samples
 * @param hopLength samples between frame centres
 * @param nMels number of mel filters
 * @param fMinHz lowest edge of the mel band
 * @param fMaxHz highest edge of the mel band, at most half the sample rate
 */
public record SpectrogramConfig(int nFft, int hopLength, int nMels, double fMinHz, double fMaxHz) {
    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a size is not positive or the band is empty
     */
    public SpectrogramConfig {
        if (nFft < 2 || hopLength < 1 || nMels < 1) {
            throw new IllegalArgumentException(
                    "Need nFft >= 2, hopLength >= 1 and nMels >= 1, found "
                            + nFft
                            + ", "
                            + hopLength
                            + ", "
                            + nMels);
        }
        if (!(fMinHz >= 0 && fMinHz < fMaxHz)) {
            throw new IllegalArgumentException(
                    "Need 0 <= fMinHz < fMaxHz, found " + fMinHz + " and " + fMaxHz);
        }
    }

    /**
     * Speech-style settings for {@code sampleRate}: a window of about 32 ms rounded up to a power
     * of two (256 samples at 8 kHz, 512 at 16 kHz), a 10 ms hop, 40 mel filters up to 8 kHz
     * sampling and 64 above, over the whole band from 0 Hz to the Nyquist frequency.
     */
    public static SpectrogramConfig forRate(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("Sample rate must be positive, got " + sampleRate);
        }
        int nFft = Integer.highestOneBit((int) Math.ceil(0.032 * sampleRate) - 1) << 1;
        int hop = Math.max(1, (int) Math.round(0.010 * sampleRate));
        int mels = sampleRate <= 8000 ? 40 : 64;
        return new SpectrogramConfig(Math.max(2, nFft), hop, mels, 0, sampleRate / 2.0);
    }

    /** These settings with another FFT length. */
    public SpectrogramConfig withNFft(int value) {
        return new SpectrogramConfig(value, hopLength, nMels, fMinHz, fMaxHz);
    }

    /** These settings with another hop. */
    public SpectrogramConfig withHopLength(int value) {
        return new SpectrogramConfig(nFft, value, nMels, fMinHz, fMaxHz);
    }

    /** These settings with another number of mel filters. */
    public SpectrogramConfig withNMels(int value) {
        return new SpectrogramConfig(nFft, hopLength, value, fMinHz, fMaxHz);
    }

    /** These settings with another mel band. */
    public SpectrogramConfig withBand(double lowHz, double highHz) {
        return new SpectrogramConfig(nFft, hopLength, nMels, lowHz, highHz);
    }
}
