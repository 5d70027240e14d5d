package org.paramlab.audio;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

import org.paramlab.viz.AudioClip;

/**
 * Moves clips between {@link AudioClip} and {@code NDArray}, and fits them to a fixed length so
 * that clips of different durations stack into one batch.
 */
public final class AudioArrays {
    private AudioArrays() {}

    /** The clip's samples as a float32 array of shape (L) in {@code manager}. */
    public static NDArray of(NDManager manager, AudioClip clip) {
        return manager.create(clip.samples());
    }

    /**
     * A clip from a one-dimensional array of samples.
     *
     * @throws IllegalArgumentException if {@code samples} is not one-dimensional
     */
    public static AudioClip toClip(NDArray samples, int sampleRate) {
        if (samples.getShape().dimension() != 1) {
            throw new IllegalArgumentException(
                    "An audio clip needs samples of shape (L), found " + samples.getShape());
        }
        return new AudioClip(samples.toType(DataType.FLOAT32, false).toFloatArray(), sampleRate);
    }

    /**
     * The first {@code length} samples of {@code samples}, padded with silence at the end when the
     * clip is shorter.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public static float[] fit(float[] samples, int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("Clip length must be positive, got " + length);
        }
        float[] out = new float[length];
        System.arraycopy(samples, 0, out, 0, Math.min(length, samples.length));
        return out;
    }
}
