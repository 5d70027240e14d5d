package org.paramlab.peft.experiment;

import java.util.List;

/**
 * An image-classification task with training, development and test splits of square grey images.
 *
 * @param name a short name, e.g. {@code mnist}
 * @param classes class names; label i is {@code classes.get(i)}
 * @param side the images' side in pixels
 * @param train the training split
 * @param dev the development split
 * @param test the test split
 */
public record ImageTask(
        String name, List<String> classes, int side, Split train, Split dev, Split test) {

    /**
     * Images and labels of one split.
     *
     * @param pixels {@code n · side²} values in [0, 1], image after image, row-major
     * @param labels n class indices
     */
    public record Split(float[] pixels, int[] labels) {
        /** Number of images. */
        public int size() {
            return labels.length;
        }
    }

    /**
     * Validates the shapes.
     *
     * @throws IllegalArgumentException if a split's pixels do not hold whole images
     */
    public ImageTask {
        classes = List.copyOf(classes);
        for (Split s : List.of(train, dev, test)) {
            if (s.pixels().length != s.labels().length * side * side || s.size() == 0) {
                throw new IllegalArgumentException(
                        "Split of " + name + " does not hold whole images");
            }
        }
    }
}
