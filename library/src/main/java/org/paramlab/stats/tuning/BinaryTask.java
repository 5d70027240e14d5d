package org.paramlab.stats.tuning;

/**
 * One binary classification task: features (already reduced, e.g. PCA-20) and 0/1 labels for a
 * training and a validation set. The arrays are shared, not copied; do not modify them.
 *
 * @param name e.g. {@code "T-shirt/top vs Trouser"}
 * @param trainX n × p training features
 * @param trainY n labels in {0, 1}
 * @param validX m × p validation features
 * @param validY m labels in {0, 1}
 */
public record BinaryTask(
        String name, float[][] trainX, float[] trainY, float[][] validX, float[] validY) {

    /**
     * Checks the shapes.
     *
     * @throws IllegalArgumentException if the feature and label counts differ or the sets are empty
     */
    public BinaryTask {
        if (trainX.length == 0 || validX.length == 0) {
            throw new IllegalArgumentException(
                    "Task '" + name + "' needs non-empty training and validation sets.");
        }
        if (trainX.length != trainY.length || validX.length != validY.length) {
            throw new IllegalArgumentException(
                    "Task '"
                            + name
                            + "': "
                            + trainX.length
                            + " training rows but "
                            + trainY.length
                            + " labels, "
                            + validX.length
                            + " validation rows but "
                            + validY.length
                            + " labels.");
        }
    }

    /** The number of features p. */
    public int features() {
        return trainX[0].length;
    }
}
