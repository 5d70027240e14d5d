package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.audio.AudioArrays;
import org.paramlab.audio.Resampler;
import org.paramlab.viz.AudioClip;

import java.util.List;

/** Stacks labelled clips into fixed-length waveform datasets. */
final class AudioDatasets {
    private AudioDatasets() {}

    /**
     * Clips resampled to {@code sampleRate}, cut or padded to {@code seconds}, as float32 (N, L)
     * with int64 labels; stratified splits.
     */
    static Splits waveforms(
            NDManager manager,
            List<AudioClip> clips,
            int[] labels,
            List<String> classes,
            int sampleRate,
            double seconds,
            SplitConfig config) {
        int length = (int) Math.round(seconds * sampleRate);
        if (length < 1) {
            throw new IllegalArgumentException(
                    "Clips must last at least one sample, got "
                            + seconds
                            + " s at "
                            + sampleRate
                            + " Hz");
        }
        int n = clips.size();
        float[] flat = new float[n * length];
        for (int i = 0; i < n; i++) {
            AudioClip c = Resampler.resample(clips.get(i), sampleRate);
            System.arraycopy(AudioArrays.fit(c.samples(), length), 0, flat, i * length, length);
        }
        int[][] plan = SplitPlan.split(n, labels, config, true);
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(flat, new Shape(n, length));
            return ArrayDatasets.classified(manager, x, labels, classes, plan, config);
        }
    }
}
