package org.paramlab.stats.iv;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Outcome-invariant data augmentation for the linear simulation of Akbar, Kilbertus, Shen, Muandet
 * and Dai (NeurIPS 2025, arXiv:2510.25128), ported from {@code
 * src/data_augmentors/simulation/linear.py} of {@code uzairakbar/causal-data-augmentation}:
 * translations along directions the outcome ignores,
 *
 * <pre>
 *   GX = X + γ·G·B,   G ~ N(0, I_k) per observation,
 * </pre>
 *
 * where the k rows of B are a subset of an orthonormal basis of the null space of fᵀ (so f(GX) =
 * f(X): the outcome mechanism is invariant). The subset keeps each of the d − 1 basis vectors with
 * probability ½ ({@link Kernel#RANDOM}, the repository's default) or all of them ({@link
 * Kernel#FULL}). G are the augmentation parameters, used as instruments by IV and IVL regression.
 */
public final class NullSpaceAugmentation {
    /** Which null-space directions the augmentation uses. */
    public enum Kernel {
        /** Each basis vector of null(fᵀ) kept with probability ½ (at least one). */
        RANDOM,
        /** All d − 1 basis vectors. */
        FULL
    }

    private final double[][] basis; // k × d

    /**
     * Builds B for the causal effect f.
     *
     * @throws IllegalArgumentException if f is zero (then every direction is a null direction)
     */
    public NullSpaceAugmentation(double[] f, Kernel kernel, SplittableRandom random) {
        double norm = 0;
        for (double v : f) {
            norm += v * v;
        }
        if (!(norm > 0)) {
            throw new IllegalArgumentException(
                    "The causal effect f is zero; its null space is everything and outcome"
                            + " invariance says nothing. Use a non-zero f.");
        }
        int d = f.length;
        // null(fᵀ): the right singular vectors of the 1 × d matrix fᵀ after the first.
        RealMatrix ft = new Array2DRowRealMatrix(new double[][] {f}, true);
        RealMatrix v = new SingularValueDecomposition(ft.transpose().multiply(ft)).getV();
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k < d; k++) {
            if (kernel == Kernel.FULL || random.nextBoolean()) {
                rows.add(v.getColumn(k));
            }
        }
        if (rows.isEmpty()) {
            rows.add(v.getColumn(1 + random.nextInt(d - 1)));
        }
        this.basis = rows.toArray(double[][]::new);
    }

    /** k, the number of augmentation directions (the dimension of G). */
    public int dimension() {
        return basis.length;
    }

    /** The directions B, k × d (a copy). */
    public double[][] directions() {
        double[][] copy = new double[basis.length][];
        for (int i = 0; i < basis.length; i++) {
            copy[i] = basis[i].clone();
        }
        return copy;
    }

    /** Augments X with strength γ, drawing G. */
    public Augmented augment(double[][] x, double gamma, SplittableRandom random) {
        double[][] g = Matrices.gaussian(x.length, basis.length, 1, random);
        return augment(x, g, gamma);
    }

    /** Augments X with given parameters G (n × k): GX = X + γ·G·B. */
    public Augmented augment(double[][] x, double[][] g, double gamma) {
        double[][] shift = Matrices.multiply(g, basis);
        double[][] gx = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                gx[i][j] = x[i][j] + gamma * shift[i][j];
            }
        }
        return new Augmented(gx, g);
    }

    /**
     * Augmented treatments and the parameters that made them (shared arrays; do not modify).
     *
     * @param gx n × d augmented treatments GX
     * @param g n × k augmentation parameters G
     */
    public record Augmented(double[][] gx, double[][] g) {}
}
