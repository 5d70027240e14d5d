package org.paramlab.stats.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class InterpolatedMlpTest {

    /** Two Gaussian blobs in p dimensions, means ±shift on the first axis. */
    static BinaryTask blobs(int n, int p, double shift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[2 * n][p];
        float[] y = new float[2 * n];
        float[][] vx = new float[2 * n][p];
        float[] vy = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            y[i] = i % 2;
            vy[i] = i % 2;
            for (int j = 0; j < p; j++) {
                x[i][j] = (float) random.nextGaussian();
                vx[i][j] = (float) random.nextGaussian();
            }
            double s = (i % 2 == 0 ? -shift : shift);
            x[i][0] += (float) s;
            vx[i][0] += (float) (s + 0.3 * x[i][1] * x[i][1]);
        }
        return new BinaryTask("blobs", x, y, vx, vy);
    }

    /** The same network and gradient descent in plain double arithmetic. */
    static double[] referenceLogits(
            BinaryTask task, int taskIndex, double alpha, MlpConfig config) {
        int p = task.features();
        int h = config.hidden();
        int n = task.trainX().length;
        SplittableRandom random = new SplittableRandom(config.initSeed() * 1_000_003L + taskIndex);
        double[][] w1 = new double[p][h];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < h; j++) {
                w1[i][j] = (float) (random.nextGaussian() / Math.sqrt(p));
            }
        }
        double[] w2 = new double[h];
        for (int j = 0; j < h; j++) {
            w2[j] = (float) (random.nextGaussian() / Math.sqrt(h));
        }
        double[] b1 = new double[h];
        double b2 = 0;
        for (int step = 0; step < config.steps(); step++) {
            double[][] gw1 = new double[p][h];
            double[] gb1 = new double[h];
            double[] gw2 = new double[h];
            double gb2 = 0;
            for (int k = 0; k < n; k++) {
                float[] x = task.trainX()[k];
                double[] z = new double[h];
                double[] hid = new double[h];
                double logit = b2;
                for (int j = 0; j < h; j++) {
                    z[j] = b1[j];
                    for (int i = 0; i < p; i++) {
                        z[j] += x[i] * w1[i][j];
                    }
                    hid[j] = alpha * Math.max(z[j], 0) + (1 - alpha) * z[j];
                    logit += hid[j] * w2[j];
                }
                double d = (1 / (1 + Math.exp(-logit)) - task.trainY()[k]) / n;
                gb2 += d;
                for (int j = 0; j < h; j++) {
                    gw2[j] += d * hid[j];
                    double dz = d * w2[j] * (z[j] > 0 ? 1 : 1 - alpha);
                    gb1[j] += dz;
                    for (int i = 0; i < p; i++) {
                        gw1[i][j] += dz * x[i];
                    }
                }
            }
            double lr = config.learningRate();
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < p; i++) {
                    w1[i][j] -= lr * gw1[i][j];
                }
                b1[j] -= lr * gb1[j];
                w2[j] -= lr * gw2[j];
            }
            b2 -= lr * gb2;
        }
        double[] logits = new double[task.validX().length];
        for (int k = 0; k < logits.length; k++) {
            float[] x = task.validX()[k];
            double logit = b2;
            for (int j = 0; j < h; j++) {
                double z = b1[j];
                for (int i = 0; i < p; i++) {
                    z += x[i] * w1[i][j];
                }
                logit += (alpha * Math.max(z, 0) + (1 - alpha) * z) * w2[j];
            }
            logits[k] = logit;
        }
        return logits;
    }

    @Test
    void batchedTrainingMatchesAPlainReferenceForEveryAlpha() {
        BinaryTask task = blobs(40, 5, 1.0, 3);
        MlpConfig config = new MlpConfig(4, 25, 0.5, 9);
        double[] alphas = {0, 0.3, 1};
        try (NDManager manager = NDManager.newBaseManager()) {
            float[][] logits = InterpolatedMlp.validationLogits(manager, task, 2, alphas, config);
            for (int a = 0; a < alphas.length; a++) {
                double[] reference = referenceLogits(task, 2, alphas[a], config);
                for (int k = 0; k < reference.length; k++) {
                    assertEquals(
                            reference[k],
                            logits[a][k],
                            1e-4,
                            "α = " + alphas[a] + ", example " + k);
                }
            }
        }
    }

    @Test
    void accuracyIsDeterministicAndSensible() {
        BinaryTask task = blobs(100, 6, 1.5, 4);
        double[] alphas = UtilityGrid.unitGrid(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            double[] first =
                    InterpolatedMlp.validationAccuracy(
                            manager, task, 0, alphas, MlpConfig.defaults().withSteps(50));
            double[] second =
                    InterpolatedMlp.validationAccuracy(
                            manager, task, 0, alphas, MlpConfig.defaults().withSteps(50));
            assertArrayEquals(first, second);
            for (double u : first) {
                assertTrue(u > 0.8, "accuracy " + u);
            }
            assertEquals(
                    0, manager.getManagedArrays().size(), "temporaries must not outlive the call");
        }
    }
}
