package org.paramlab.stats.iv;

import java.util.List;
import java.util.Objects;

/**
 * The linear simulation of Akbar, Kilbertus, Shen, Muandet and Dai (NeurIPS 2025, arXiv:2510.25128)
 * as configured in the authors' {@code config.yaml}: d = 32 treatments, as many confounders, noise
 * 0.1, 2,048 samples, 32 random SEMs, 16 sweep points, a random subset of the null-space kernel.
 *
 * @param dimension d
 * @param samples n per data set
 * @param experiments the number of random SEMs
 * @param noise the SEM noise standard deviation
 * @param kappa the confounding strength on Y (1 in the paper)
 * @param kernel which null-space directions the augmentation uses
 * @param alpha the fixed α of {@link IvMethod#DA_IVL}
 * @param cvAlphas the α candidates of {@link IvMethod#DA_IVL_CV}
 * @param cvFolds the folds of {@link IvMethod#DA_IVL_CV}
 * @param seed seed of the SEMs and data (SEM i uses the i-th split stream)
 * @param threads worker threads (results do not depend on it)
 */
public record IvAugmentationConfig(
        int dimension,
        int samples,
        int experiments,
        double noise,
        double kappa,
        NullSpaceAugmentation.Kernel kernel,
        double alpha,
        List<Double> cvAlphas,
        int cvFolds,
        long seed,
        int threads) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException for a non-positive size, fewer samples than 2·d, a negative
     *     α or noise, or fewer than 2 folds
     */
    public IvAugmentationConfig {
        Objects.requireNonNull(kernel, "kernel");
        cvAlphas = List.copyOf(cvAlphas);
        if (dimension < 2) {
            throw new IllegalArgumentException(
                    "dimension must be at least 2, found " + dimension + ".");
        }
        if (samples < 2 * dimension) {
            throw new IllegalArgumentException(
                    "samples must be at least 2·d = " + 2 * dimension + ", found " + samples + ".");
        }
        if (experiments < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "experiments and threads must be at least 1, found "
                            + experiments
                            + " and "
                            + threads
                            + ".");
        }
        if (!(alpha >= 0) || !(noise >= 0)) {
            throw new IllegalArgumentException(
                    "alpha and noise must be >= 0, found " + alpha + " and " + noise + ".");
        }
        if (cvFolds < 2 || cvAlphas.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cross-validation needs at least 2 folds and one α, found "
                            + cvFolds
                            + " and "
                            + cvAlphas
                            + ".");
        }
    }

    /**
     * The paper's configuration with α = 0.01 for the fixed-α IVL, α candidates 10⁻⁴ … 10² for
     * cross-validation, 5 folds, seed 42, every core.
     */
    public static IvAugmentationConfig defaults() {
        return new IvAugmentationConfig(
                32,
                2048,
                32,
                0.1,
                1.0,
                NullSpaceAugmentation.Kernel.RANDOM,
                0.01,
                List.of(1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0),
                5,
                42,
                Runtime.getRuntime().availableProcessors());
    }

    /** This config with another number of SEMs. */
    public IvAugmentationConfig withExperiments(int value) {
        return new IvAugmentationConfig(
                dimension, samples, value, noise, kappa, kernel, alpha, cvAlphas, cvFolds, seed,
                threads);
    }

    /** This config with another kernel. */
    public IvAugmentationConfig withKernel(NullSpaceAugmentation.Kernel value) {
        return new IvAugmentationConfig(
                dimension,
                samples,
                experiments,
                noise,
                kappa,
                value,
                alpha,
                cvAlphas,
                cvFolds,
                seed,
                threads);
    }

    /** This config with another sample size. */
    public IvAugmentationConfig withSamples(int value) {
        return new IvAugmentationConfig(
                dimension,
                value,
                experiments,
                noise,
                kappa,
                kernel,
                alpha,
                cvAlphas,
                cvFolds,
                seed,
                threads);
    }

    /** This config with another seed. */
    public IvAugmentationConfig withSeed(long value) {
        return new IvAugmentationConfig(
                dimension,
                samples,
                experiments,
                noise,
                kappa,
                kernel,
                alpha,
                cvAlphas,
                cvFolds,
                value,
                threads);
    }

    /** This config on another number of threads. */
    public IvAugmentationConfig withThreads(int value) {
        return new IvAugmentationConfig(
                dimension,
                samples,
                experiments,
                noise,
                kappa,
                kernel,
                alpha,
                cvAlphas,
                cvFolds,
                seed,
                value);
    }
}
