package org.paramlab.audio;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The short-time Fourier transform with a Hann window, as magnitudes.
 *
 * <p>{@code X[k, t] = sum_{n=0}^{N-1} w[n] x[t*H + n] e^{-2 pi i k n / N}} for {@code k = 0 .. N/2}
 * (one-sided), with {@code N = nFft}, hop {@code H} and the periodic Hann window {@code w[n] = 0.5
 * - 0.5 cos(2 pi n / N)}. With {@code center} the signal is first padded by {@code N/2} samples on
 * each side by reflection, so frame {@code t} is centred on sample {@code t*H}; this is the
 * convention of {@code torch.stft} (which computes it here) and of librosa.
 *
 * <p>Input: samples of shape (L) or a batch (B, L), float32. Output: (N/2 + 1, T) or (B, N/2 + 1,
 * T) on the input's device, with {@code T = 1 + L/H} (integer division) when centred and {@code 1 +
 * (L - N)/H} otherwise.
 */
public final class Stft {
    private Stft() {}

    /**
     * The magnitudes {@code |X[k, t]|}.
     *
     * @throws IllegalArgumentException if the shapes or sizes do not allow a single frame
     */
    public static NDArray magnitude(NDArray signal, int nFft, int hopLength, boolean center) {
        return transform(signal, nFft, hopLength, center, false);
    }

    /** The power spectrum {@code |X[k, t]|^2}, the input to mel filterbanks. */
    public static NDArray power(NDArray signal, int nFft, int hopLength, boolean center) {
        return transform(signal, nFft, hopLength, center, true);
    }

    private static NDArray transform(
            NDArray signal, int nFft, int hopLength, boolean center, boolean squared) {
        check(signal.getShape(), nFft, hopLength, center);
        try (NDManager scope = NDManager.subManagerOf(signal)) {
            scope.tempAttachAll(signal); // temporaries land in scope; signal goes back after
            NDArray window = scope.hanningWindow(nFft);
            NDArray x = signal.toType(DataType.FLOAT32, false);
            NDArray magnitude = x.stft(nFft, hopLength, center, window, true).abs();
            return scope.ret(squared ? magnitude.square() : magnitude);
        }
    }

    /** The number of frames {@code T} for a signal of {@code length} samples. */
    public static long frames(long length, int nFft, int hopLength, boolean center) {
        return center ? 1 + length / hopLength : 1 + (length - nFft) / hopLength;
    }

    /** The frequency in Hz of bin {@code k}: {@code k * sampleRate / nFft}. */
    public static double binFrequency(int k, int nFft, int sampleRate) {
        return (double) k * sampleRate / nFft;
    }

    private static void check(Shape shape, int nFft, int hopLength, boolean center) {
        if (shape.dimension() < 1 || shape.dimension() > 2) {
            throw new IllegalArgumentException(
                    "STFT input must have shape (L) or (B, L), found " + shape);
        }
        if (nFft < 2 || hopLength < 1) {
            throw new IllegalArgumentException(
                    "STFT needs nFft >= 2 and hopLength >= 1, found nFft = "
                            + nFft
                            + ", hopLength = "
                            + hopLength);
        }
        long length = shape.get(shape.dimension() - 1);
        long needed = center ? nFft / 2 + 1 : nFft;
        if (length < needed) {
            throw new IllegalArgumentException(
                    "STFT with nFft = "
                            + nFft
                            + (center ? " (centred)" : "")
                            + " needs at least "
                            + needed
                            + " samples, found "
                            + length
                            + "; use a smaller nFft or a longer clip");
        }
    }
}
