package org.paramlab.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.AudioClip;

class AudioArraysTest {

    @Test
    void clipRoundTripsThroughAnArray() {
        AudioClip clip = AudioClip.tone(300, 0.01, 8000);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = AudioArrays.of(m, clip);
            assertEquals(new Shape(80), a.getShape());
            AudioClip back = AudioArrays.toClip(a, 8000);
            assertArrayEquals(clip.samples(), back.samples(), 0f);
        }
    }

    @Test
    void twoDimensionalArrayIsNotAClip() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.zeros(new Shape(2, 3));
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> AudioArrays.toClip(a, 8000));
            assertEquals("An audio clip needs samples of shape (L), found (2, 3)", e.getMessage());
        }
    }

    @Test
    void fitPadsShortClipsAndCropsLongOnes() {
        assertArrayEquals(new float[] {1, 2, 0, 0}, AudioArrays.fit(new float[] {1, 2}, 4), 0f);
        assertArrayEquals(new float[] {1, 2}, AudioArrays.fit(new float[] {1, 2, 3}, 2), 0f);
        assertThrows(IllegalArgumentException.class, () -> AudioArrays.fit(new float[1], 0));
    }
}
