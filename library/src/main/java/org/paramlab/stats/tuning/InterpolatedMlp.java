package org.paramlab.stats.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

import java.util.SplittableRandom;

/**
 * Trains one copy of the p–h–1 MLP per α in a grid, all at once as batched matrix products, and
 * returns the validation accuracy u(α) of each (the utility function whose pseudo-dimension Balcan,
 * Nguyen and Sharma bound, arXiv:2501.13734).
 *
 * <pre>
 *   z = W₁x + b₁,  h = α·ReLU(z) + (1 − α)·z,  logit = w₂ᵀh + b₂
 *   loss = mean log(1 + e^logit) − y·logit
 * </pre>
 *
 * <p>Every α starts from the same initialisation (W₁ ~ N(0, 1/p), w₂ ~ N(0, 1/h), biases 0, drawn
 * from {@code initSeed} and the task index), and full-batch gradient descent with hand-written
 * backward passes makes u(α) a deterministic function of α. The A networks are laid side by side so
 * that both large products are single matrix multiplications: W₁ is (p, A·h), the hidden layer (n,
 * A·h) is viewed as (n, A, h) for the per-network output weights w₂ (A, h). Temporaries of each
 * step live in a sub-manager; only the parameters survive.
 */
public final class InterpolatedMlp {
    private InterpolatedMlp() {}

    /**
     * u(α) for every α of {@code alphas} on {@code task}.
     *
     * @param taskIndex mixes into the initialisation seed, so tasks start differently
     * @return validation accuracy per α, in order
     */
    public static double[] validationAccuracy(
            NDManager manager, BinaryTask task, int taskIndex, double[] alphas, MlpConfig config) {
        float[][] logits = validationLogits(manager, task, taskIndex, alphas, config);
        double[] out = new double[alphas.length];
        float[] truth = task.validY();
        for (int a = 0; a < alphas.length; a++) {
            int correct = 0;
            for (int i = 0; i < truth.length; i++) {
                correct += (logits[a][i] > 0) == (truth[i] > 0.5f) ? 1 : 0;
            }
            out[a] = (double) correct / truth.length;
        }
        return out;
    }

    /** The trained networks' validation logits, [α][example]. */
    static float[][] validationLogits(
            NDManager manager, BinaryTask task, int taskIndex, double[] alphas, MlpConfig config) {
        int a = alphas.length;
        int p = task.features();
        int h = config.hidden();
        int n = task.trainX().length;
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(flatten(task.trainX()), new Shape(n, p)); // (n, p)
            NDArray xt = x.transpose(); // (p, n)
            NDArray y = scope.create(task.trainY(), new Shape(n, 1)); // (n, 1)
            NDArray alphaWide =
                    scope.create(repeat(alphas, h), new Shape(1, (long) a * h)); // (1, A·h)
            SplittableRandom random =
                    new SplittableRandom(config.initSeed() * 1_000_003L + taskIndex);
            float[] w1 = gaussian(p * h, 1 / Math.sqrt(p), random); // (p, h)
            float[] w2 = gaussian(h, 1 / Math.sqrt(h), random);
            NDArray w1Wide =
                    scope.create(w1, new Shape(p, 1, h))
                            .repeat(1, a)
                            .reshape(p, (long) a * h); // (p, A·h)
            NDArray b1 = scope.zeros(new Shape(1, (long) a * h)); // (1, A·h)
            NDArray w2Wide = scope.create(w2, new Shape(1, h)).repeat(0, a); // (A, h)
            NDArray b2 = scope.zeros(new Shape(1, a)); // (1, A)
            float lr = (float) config.learningRate();
            for (int step = 0; step < config.steps(); step++) {
                try (NDManager temp = scope.newSubManager()) {
                    temp.tempAttachAll(x, xt, y, alphaWide, w1Wide, b1, w2Wide, b2);
                    NDArray z = x.matMul(w1Wide).add(b1); // (n, A·h)
                    NDArray negative = z.minimum(0f); // (n, A·h)
                    NDArray hidden = z.sub(negative.mul(alphaWide)); // α·ReLU(z) + (1 − α)·z
                    NDArray hidden3 = hidden.reshape(n, a, h); // (n, A, h)
                    NDArray logit = hidden3.mul(w2Wide).sum(new int[] {2}).add(b2); // (n, A)
                    NDArray dLogit = Activation.sigmoid(logit).sub(y).div((float) n); // (n, A)
                    NDArray dLogit3 = dLogit.reshape(n, a, 1); // (n, A, 1)
                    NDArray gW2 = hidden3.mul(dLogit3).sum(new int[] {0}); // (A, h)
                    NDArray gb2 = dLogit.sum(new int[] {0}, true); // (1, A)
                    NDArray dHidden = dLogit3.mul(w2Wide).reshape(n, (long) a * h); // (n, A·h)
                    NDArray dZ = dHidden.sub(dHidden.mul(z.lt(0f)).mul(alphaWide)); // (n, A·h)
                    NDArray gW1 = xt.matMul(dZ); // (p, A·h)
                    NDArray gb1 = dZ.sum(new int[] {0}, true); // (1, A·h)
                    w1Wide.subi(gW1.muli(lr));
                    b1.subi(gb1.muli(lr));
                    w2Wide.subi(gW2.muli(lr));
                    b2.subi(gb2.muli(lr));
                }
            }
            int m = task.validX().length;
            NDArray vx = scope.create(flatten(task.validX()), new Shape(m, p));
            NDArray vz = vx.matMul(w1Wide).add(b1);
            NDArray vh = vz.sub(vz.minimum(0f).mul(alphaWide)).reshape(m, a, h);
            float[] logits = vh.mul(w2Wide).sum(new int[] {2}).add(b2).toFloatArray(); // (m, A)
            float[][] out = new float[a][m];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < a; k++) {
                    out[k][i] = logits[i * a + k];
                }
            }
            return out;
        }
    }

    private static float[] repeat(double[] alphas, int h) {
        float[] out = new float[alphas.length * h];
        for (int i = 0; i < alphas.length; i++) {
            for (int j = 0; j < h; j++) {
                out[i * h + j] = (float) alphas[i];
            }
        }
        return out;
    }

    private static float[] flatten(float[][] rows) {
        int p = rows[0].length;
        float[] out = new float[rows.length * p];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * p, p);
        }
        return out;
    }

    private static float[] gaussian(int size, double scale, SplittableRandom random) {
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) (scale * random.nextGaussian());
        }
        return out;
    }
}
