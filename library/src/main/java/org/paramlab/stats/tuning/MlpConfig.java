package org.paramlab.stats.tuning;

/**
 * The network and its deterministic training for the activation-interpolation experiment: an MLP
 * p–hidden–1 with σ_α(z) = α·ReLU(z) + (1 − α)·z (Balcan, Nguyen, Sharma, "Sample complexity of
 * data-driven tuning of model hyperparameters in neural networks", arXiv:2501.13734, whose
 * application interpolates two activations), logistic loss, full-batch gradient descent from one
 * fixed initialisation per task.
 *
 * @param hidden hidden units (16)
 * @param steps gradient-descent steps
 * @param learningRate the step size
 * @param initSeed seed of the initialisation (combined with the task index)
 */
public record MlpConfig(int hidden, int steps, double learningRate, long initSeed) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException for a non-positive size or rate
     */
    public MlpConfig {
        if (hidden < 1 || steps < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException(
                    "hidden and steps must be >= 1 and the learning rate positive, found "
                            + hidden
                            + ", "
                            + steps
                            + ", "
                            + learningRate
                            + ".");
        }
    }

    /**
     * 16 hidden units, 800 steps of rate 0.25, seed 7: a fixed budget, not convergence (on the
     * hardest pairs the loss still falls after that); u(α) is a deterministic function of α for any
     * fixed budget, which is what the theory is about. The rate is below the unstable regime we saw
     * at 1.0, where changing α by 10⁻⁴ made the trained network jump between two solutions.
     */
    public static MlpConfig defaults() {
        return new MlpConfig(16, 800, 0.25, 7);
    }

    /** This config with another number of steps. */
    public MlpConfig withSteps(int value) {
        return new MlpConfig(hidden, value, learningRate, initSeed);
    }
}
