package org.paramlab.data;

/**
 * How a loader splits a source into training, validation and test sets.
 *
 * <p>Splits are drawn by a {@link java.util.Random} seeded with {@code seed}, so the same seed
 * gives the same split on every machine. Classification sources are stratified: each class is split
 * in the same proportions. A source with an official test set (Fashion-MNIST) keeps it and ignores
 * {@code testFraction}; the validation set is then taken from its training set.
 *
 * @param seed seed of the split (and of nothing else)
 * @param validationFraction share of the non-test examples held out for validation, in [0, 1)
 * @param testFraction share of all examples held out for testing, in [0, 1), for sources without an
 *     official test set
 * @param limit at most this many examples in each split (after shuffling), or 0 for all; notebooks
 *     pass {@code Scale.pick(small, 0)}
 * @param batchSize batch size of the datasets' samplers (training shuffles, the others do not)
 */
public record SplitConfig(
        long seed, double validationFraction, double testFraction, int limit, int batchSize) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if a fraction is outside [0, 1), the two fractions leave no
     *     training data, or a count is negative
     */
    public SplitConfig {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException(
                    "validationFraction must be in [0, 1), got " + validationFraction);
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException(
                    "testFraction must be in [0, 1), got " + testFraction);
        }
        if ((1 - testFraction) * (1 - validationFraction) <= 0.01) {
            throw new IllegalArgumentException(
                    "validationFraction "
                            + validationFraction
                            + " and testFraction "
                            + testFraction
                            + " leave under 1% for training; lower them");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0 (0 = all), got " + limit);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
    }

    /** Seed 42, 10% validation, 20% test, no limit, batches of 32. */
    public static SplitConfig defaults() {
        return new SplitConfig(42, 0.1, 0.2, 0, 32);
    }

    /** This config with another seed. */
    public SplitConfig withSeed(long value) {
        return new SplitConfig(value, validationFraction, testFraction, limit, batchSize);
    }

    /** This config with another validation fraction. */
    public SplitConfig withValidationFraction(double value) {
        return new SplitConfig(seed, value, testFraction, limit, batchSize);
    }

    /** This config with another test fraction. */
    public SplitConfig withTestFraction(double value) {
        return new SplitConfig(seed, validationFraction, value, limit, batchSize);
    }

    /** This config with at most {@code value} examples per split (0 = all). */
    public SplitConfig withLimit(int value) {
        return new SplitConfig(seed, validationFraction, testFraction, value, batchSize);
    }

    /** This config with another batch size. */
    public SplitConfig withBatchSize(int value) {
        return new SplitConfig(seed, validationFraction, testFraction, limit, value);
    }
}
