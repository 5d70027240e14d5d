package org.paramlab.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded, optionally stratified assignment of example indices to training, validation and test
 * sets.
 *
 * <p>One permutation of all indices is drawn from {@code new Random(seed)}; walking it, the first
 * {@code round(n_c * testFraction)} examples of each class {@code c} go to test, the next {@code
 * round((n_c - test_c) * validationFraction)} to validation, the rest to training. Each split is
 * then shuffled again (the walk alone would put the classes whose held-out quotas fill first at the
 * front of the training set) and cut to {@code limit} examples, so a limited split is a random
 * sample of the full one.
 */
final class SplitPlan {
    private SplitPlan() {}

    /**
     * Index arrays {train, validation, test}.
     *
     * @param labels class of each example, or null for unstratified splits
     */
    static int[][] split(int n, int[] labels, SplitConfig config, boolean withTest) {
        int[] order = permutation(n, config.seed());
        int classes = 1;
        if (labels != null) {
            for (int l : labels) {
                classes = Math.max(classes, l + 1);
            }
        }
        int[] size = new int[classes];
        for (int i = 0; i < n; i++) {
            size[labels == null ? 0 : labels[i]]++;
        }
        int[] testQuota = new int[classes];
        int[] validationQuota = new int[classes];
        for (int c = 0; c < classes; c++) {
            testQuota[c] = withTest ? (int) Math.round(size[c] * config.testFraction()) : 0;
            validationQuota[c] =
                    (int) Math.round((size[c] - testQuota[c]) * config.validationFraction());
        }
        int[][] parts = {new int[n], new int[n], new int[n]};
        int[] filled = new int[3];
        int[] seen = new int[classes];
        for (int i : order) {
            int c = labels == null ? 0 : labels[i];
            int k = seen[c]++;
            int part = k < testQuota[c] ? 2 : k < testQuota[c] + validationQuota[c] ? 1 : 0;
            parts[part][filled[part]++] = i;
        }
        int[][] out = new int[3][];
        for (int p = 0; p < 3; p++) {
            int[] part = Arrays.copyOf(parts[p], filled[p]);
            int[] shuffle = permutation(part.length, config.seed() + 1 + p);
            int keep = config.limit() > 0 ? Math.min(config.limit(), part.length) : part.length;
            out[p] = new int[keep];
            for (int k = 0; k < keep; k++) {
                out[p][k] = part[shuffle[k]];
            }
        }
        return out;
    }

    /** A split of a source with an official test set of {@code testSize} examples. */
    static int[][] splitWithOfficialTest(
            int trainSize, int[] trainLabels, int testSize, SplitConfig config) {
        int[][] train = split(trainSize, trainLabels, config, false);
        int[] test = permutation(testSize, config.seed() + 4);
        if (config.limit() > 0 && test.length > config.limit()) {
            test = Arrays.copyOf(test, config.limit());
        }
        return new int[][] {train[0], train[1], test};
    }

    /** A permutation of 0 .. n-1 by Fisher-Yates with {@code new Random(seed)}. */
    static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
