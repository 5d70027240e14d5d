package org.paramlab.lm.model;

/**
 * The widths of one decoder layer, which OpenELM's layer-wise scaling varies with depth (Mehta et
 * al., "OpenELM", 2024, arXiv:2404.14619): query heads, key/value heads (fewer for grouped-query
 * attention) and the feed-forward width.
 *
 * @param heads query heads, ≥ 1
 * @param kvHeads key/value heads, ≥ 1, dividing {@code heads} (= heads: multi-head attention; 1:
 *     multi-query attention)
 * @param ffnWidth the feed-forward hidden width f (or, for {@link FfnKind#PATTENTION}, its number
 *     of parameter tokens), ≥ 1
 */
public record LayerSpec(int heads, int kvHeads, int ffnWidth) {
    /**
     * Validates the widths.
     *
     * @throws IllegalArgumentException if a width is below 1 or kvHeads does not divide heads
     */
    public LayerSpec {
        if (heads < 1 || kvHeads < 1 || ffnWidth < 1) {
            throw new IllegalArgumentException(
                    "A layer needs at least one head, one key/value head and a feed-forward width"
                            + " of 1, found heads = "
                            + heads
                            + ", kvHeads = "
                            + kvHeads
                            + ", ffnWidth = "
                            + ffnWidth);
        }
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException(
                    "Grouped-query attention shares each key/value head among heads/kvHeads query"
                            + " heads, so kvHeads must divide heads; found heads = "
                            + heads
                            + ", kvHeads = "
                            + kvHeads);
        }
    }

    /** Query heads per key/value head. */
    public int group() {
        return heads / kvHeads;
    }

    /** This layer with another feed-forward width. */
    public LayerSpec withFfnWidth(int value) {
        return new LayerSpec(heads, kvHeads, value);
    }
}
