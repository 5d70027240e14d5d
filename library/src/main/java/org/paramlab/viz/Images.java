package org.paramlab.viz;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * Turns arrays into pictures the kernel shows as PNG: a grid of images from a batch, one image, or
 * a heat map of a matrix (a spectrogram, an attention map, a weight matrix).
 *
 * <p>Layouts: (H, W) grey; (C, H, W) channels first or (H, W, C) channels last with C = 1 or 3; a
 * batch adds a leading N. Values are scaled linearly from the batch's minimum to its maximum, so
 * both [0, 1] floats and 0-255 bytes show with full contrast.
 *
 * <pre>{@code
 * Images.grid(fashion.preview(manager, 32).head(), 8)   // 32 images, 8 per row
 * Images.heatmap(Spectrogram.logMel(manager, clip))     // low frequencies at the bottom
 * }</pre>
 */
public final class Images {
    /** Pixels between tiles of a grid. */
    public static final int GAP = 2;

    /** Smallest tile side a grid scales up to when no scale is given, in pixels. */
    public static final int MIN_TILE = 56;

    private Images() {}

    /**
     * A grid of the images in a batch, {@code columns} per row, each tile enlarged (nearest
     * neighbour) to at least {@value #MIN_TILE} pixels.
     *
     * @throws IllegalArgumentException if the batch's layout is not one of the class's layouts
     */
    public static BufferedImage grid(NDArray batch, int columns) {
        Layout layout = Layout.ofBatch(batch.getShape());
        int scale = Math.max(1, (int) Math.ceil((double) MIN_TILE / Math.max(layout.h, layout.w)));
        return grid(batch, columns, scale);
    }

    /**
     * A grid of the images in a batch, {@code columns} per row, each pixel drawn {@code scale}
     * times wider and taller.
     *
     * @throws IllegalArgumentException if the layout is unknown or {@code columns} or {@code scale}
     *     is not positive
     */
    public static BufferedImage grid(NDArray batch, int columns, int scale) {
        if (columns < 1 || scale < 1) {
            throw new IllegalArgumentException(
                    "columns and scale must be positive, got " + columns + " and " + scale);
        }
        Layout l = Layout.ofBatch(batch.getShape());
        float[] v = normalised(batch);
        int cols = Math.min(columns, l.n);
        int rows = (l.n + cols - 1) / cols;
        int tileW = l.w * scale;
        int tileH = l.h * scale;
        BufferedImage image =
                new BufferedImage(
                        cols * tileW + (cols - 1) * GAP,
                        rows * tileH + (rows - 1) * GAP,
                        BufferedImage.TYPE_INT_RGB);
        fill(image, Color.WHITE.getRGB());
        for (int i = 0; i < l.n; i++) {
            int x0 = (i % cols) * (tileW + GAP);
            int y0 = (i / cols) * (tileH + GAP);
            for (int y = 0; y < l.h; y++) {
                for (int x = 0; x < l.w; x++) {
                    int rgb = l.rgb(v, i, y, x);
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            image.setRGB(x0 + x * scale + dx, y0 + y * scale + dy, rgb);
                        }
                    }
                }
            }
        }
        return image;
    }

    /** One image: (H, W), (C, H, W) or (H, W, C). */
    public static BufferedImage image(NDArray image) {
        return grid(image.expandDims(0), 1);
    }

    /**
     * A heat map of a matrix (R, C) with row 0 at the bottom, as frequency axes are drawn, each
     * cell {@code scale} pixels square, coloured from dark blue (minimum) through green to yellow
     * (maximum).
     *
     * @throws IllegalArgumentException if the array is not two-dimensional
     */
    public static BufferedImage heatmap(NDArray matrix, int scale) {
        Shape s = matrix.getShape();
        if (s.dimension() != 2 || scale < 1) {
            throw new IllegalArgumentException(
                    "A heat map needs a matrix (R, C) and a positive scale, found "
                            + s
                            + " and "
                            + scale);
        }
        int r = (int) s.get(0);
        int c = (int) s.get(1);
        float[] v = normalised(matrix);
        BufferedImage image = new BufferedImage(c * scale, r * scale, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                int rgb = colour(v[i * c + j]);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(j * scale + dx, (r - 1 - i) * scale + dy, rgb);
                    }
                }
            }
        }
        return image;
    }

    /** A heat map scaled so that its longer side is about 480 pixels. */
    public static BufferedImage heatmap(NDArray matrix) {
        Shape s = matrix.getShape();
        long longer = s.dimension() == 2 ? Math.max(s.get(0), s.get(1)) : 1;
        return heatmap(matrix, (int) Math.max(1, 480 / Math.max(1, longer)));
    }

    /** The colour of a value in [0, 1] on the heat-map scale. */
    static int colour(float t) {
        float[][] stops = {
            {0.27f, 0.00f, 0.33f},
            {0.23f, 0.32f, 0.55f},
            {0.13f, 0.57f, 0.55f},
            {0.37f, 0.79f, 0.38f},
            {0.99f, 0.91f, 0.14f}
        };
        float x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int k = Math.min(stops.length - 2, (int) x);
        float f = x - k;
        float red = stops[k][0] + f * (stops[k + 1][0] - stops[k][0]);
        float green = stops[k][1] + f * (stops[k + 1][1] - stops[k][1]);
        float blue = stops[k][2] + f * (stops[k + 1][2] - stops[k][2]);
        return new Color(red, green, blue).getRGB();
    }

    private static float[] normalised(NDArray array) {
        try (NDManager scope = NDManager.subManagerOf(array)) {
            scope.tempAttachAll(array);
            float[] v = array.toType(DataType.FLOAT32, false).toFloatArray();
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float x : v) {
                if (Float.isFinite(x)) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            float range = max > min ? max - min : 1;
            for (int i = 0; i < v.length; i++) {
                v[i] = Float.isFinite(v[i]) ? (v[i] - min) / range : 0;
            }
            return v;
        }
    }

    private static void fill(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb);
            }
        }
    }

    /** Where pixel (i, y, x) and its channels sit in the flat array. */
    private record Layout(int n, int h, int w, int channels, boolean channelsFirst) {
        static Layout ofBatch(Shape s) {
            int d = s.dimension();
            if (d == 3) {
                return new Layout((int) s.get(0), (int) s.get(1), (int) s.get(2), 1, true);
            }
            if (d == 4 && (s.get(1) == 1 || s.get(1) == 3)) {
                return new Layout(
                        (int) s.get(0), (int) s.get(2), (int) s.get(3), (int) s.get(1), true);
            }
            if (d == 4 && (s.get(3) == 1 || s.get(3) == 3)) {
                return new Layout(
                        (int) s.get(0), (int) s.get(1), (int) s.get(2), (int) s.get(3), false);
            }
            throw new IllegalArgumentException(
                    "Images must be (N, H, W), (N, C, H, W) or (N, H, W, C) with C = 1 or 3, found "
                            + s);
        }

        int rgb(float[] v, int i, int y, int x) {
            int base = i * channels * h * w;
            float[] c = new float[3];
            for (int k = 0; k < 3; k++) {
                int ch = channels == 1 ? 0 : k;
                int at =
                        channelsFirst
                                ? base + (ch * h + y) * w + x
                                : base + (y * w + x) * channels + ch;
                c[k] = v[at];
            }
            return new Color(c[0], c[1], c[2]).getRGB();
        }
    }
}
