package org.paramlab.models;

/**
 * The sizes of a Vision Transformer (Dosovitskiy et al. An Image is Worth 16x16 Words: Transformers
 * for Image Recognition at Scale. ICLR 2021, arXiv:2010.11929): square images cut into square
 * patches, each flattened and projected to the encoder's width.
 *
 * @param imageSize side of the square image in pixels
 * @param patchSize side of a patch; must divide {@code imageSize}
 * @param channels colour channels
 * @param encoder the transformer's sizes ({@code maxPositions} must equal the patch count; the
 *     vocabulary sizes are unused)
 */
public record VitConfig(int imageSize, int patchSize, int channels, BertConfig encoder) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the patch does not tile the image or the position table
     *     does not match the patch count
     */
    public VitConfig {
        if (imageSize <= 0 || patchSize <= 0 || channels <= 0 || imageSize % patchSize != 0) {
            throw new IllegalArgumentException(
                    "Patch "
                            + patchSize
                            + " must tile image "
                            + imageSize
                            + " (channels "
                            + channels
                            + ")");
        }
        int patches = (imageSize / patchSize) * (imageSize / patchSize);
        if (encoder.maxPositions() != patches) {
            throw new IllegalArgumentException(
                    "encoder.maxPositions "
                            + encoder.maxPositions()
                            + " must equal the "
                            + patches
                            + " patches");
        }
    }

    /**
     * A small ViT for 28 × 28 grey images: 7 × 7 patches (16 tokens), width 64, 4 layers, 4 heads,
     * feed-forward 128, dropout {@code dropout}.
     */
    public static VitConfig small28(float dropout) {
        return new VitConfig(
                28, 7, 1, new BertConfig(1, 64, 4, 4, 128, 16, 1, 1e-12f, dropout, dropout));
    }

    /** Patches per image. */
    public int patches() {
        return (imageSize / patchSize) * (imageSize / patchSize);
    }

    /** Values per flattened patch, {@code channels · patch²}. */
    public int patchValues() {
        return channels * patchSize * patchSize;
    }
}
