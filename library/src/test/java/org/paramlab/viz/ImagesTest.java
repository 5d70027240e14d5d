package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

class ImagesTest {

    @Test
    void gridPlacesTilesRowByRowWithGaps() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 5 images of 2x3; image i is filled with the value i.
            NDArray batch = m.arange(5f).reshape(5, 1, 1).broadcast(new Shape(5, 2, 3));
            BufferedImage g = Images.grid(batch, 2, 1);
            assertEquals(2 * 3 + Images.GAP, g.getWidth());
            assertEquals(3 * 2 + 2 * Images.GAP, g.getHeight());
            assertEquals(Color.BLACK.getRGB(), g.getRGB(0, 0)); // image 0 is the minimum
            assertEquals(Color.WHITE.getRGB(), g.getRGB(0, 2 * (2 + Images.GAP))); // image 4
            int grey = g.getRGB(3 + Images.GAP, 0) & 0xFF; // image 1 = 1/4 of the range
            assertEquals(Math.round(255 * 0.25f), grey, 1);
        }
    }

    @Test
    void channelsFirstAndLastGiveTheSamePicture() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray first = m.randomUniform(0, 1, new Shape(2, 3, 4, 5));
            NDArray last = first.transpose(0, 2, 3, 1);
            BufferedImage a = Images.grid(first, 2, 1);
            BufferedImage b = Images.grid(last, 2, 1);
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    assertEquals(a.getRGB(x, y), b.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void smallImagesAreEnlargedToAVisibleTile() {
        try (NDManager m = NDManager.newBaseManager()) {
            BufferedImage g = Images.grid(m.zeros(new Shape(1, 28, 28)), 8);
            assertEquals(56, g.getWidth());
        }
    }

    @Test
    void heatmapPutsRowZeroAtTheBottom() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray rows = m.create(new float[] {0, 0, 1, 1}, new Shape(2, 2));
            BufferedImage h = Images.heatmap(rows, 3);
            assertEquals(6, h.getHeight());
            assertEquals(Images.colour(0), h.getRGB(0, 5));
            assertEquals(Images.colour(1), h.getRGB(0, 0));
        }
    }

    @Test
    void unknownLayoutSaysWhichAreKnown() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray odd = m.zeros(new Shape(2, 5, 6, 7));
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Images.grid(odd, 2));
            assertEquals(
                    "Images must be (N, H, W), (N, C, H, W) or (N, H, W, C) with C = 1 or 3, found"
                            + " (2, 5, 6, 7)",
                    e.getMessage());
        }
    }
}
