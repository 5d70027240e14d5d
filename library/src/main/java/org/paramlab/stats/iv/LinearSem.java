package org.paramlab.stats.iv;

import java.util.SplittableRandom;

/**
 * The linear structural equation model of the simulations of Akbar, Kilbertus, Shen, Muandet and
 * Dai ("An analysis of causal effect estimation using outcome invariant data augmentation", NeurIPS
 * 2025, arXiv:2510.25128), ported from {@code src/sem/simulation/linear.py} of the authors'
 * repository {@code uzairakbar/causal-data-augmentation}:
 *
 * <pre>
 *   C ~ N(0, I_c),  N ~ 0.1·N(0, I_{d+1})
 *   [X, Y] = ([C·W_CX, κ·C·W_CY] + N) (I − T)⁻¹,   T = [[0, f], [κ·τᵀ, 0]]
 * </pre>
 *
 * with W_CXY (c × (d + 1)), f = W_XY (d × 1) and τ = W_YX (1 × d) standard normal. Without
 * simultaneity (the repository's default) τ = 0, so X = C·W_CX + N_X and Y = X·f + κ·C·W_CY + N_Y:
 * f is the causal effect and C confounds X and Y. With simultaneity the cyclic model needs κ·τᵀf ≠
 * 1.
 *
 * <p>Weights are drawn once from the constructor's stream; {@link #sample} draws data.
 */
public final class LinearSem {
    private final int d;
    private final int c;
    private final double noise;
    private final double[][] wConfounder; // c × (d + 1)
    private final double[] f; // d
    private final double[] tau; // d

    /**
     * Draws the weights.
     *
     * @param dimension d, the treatment dimension (32 in the paper's simulation)
     * @param confounders c, the confounder dimension (the paper uses c = d)
     * @param noise the noise standard deviation (0.1)
     * @param simultaneity whether Y also causes X (the cyclic case; false in the paper's default)
     * @throws IllegalArgumentException if a dimension is below 1 or the noise is negative
     */
    public LinearSem(
            int dimension,
            int confounders,
            double noise,
            boolean simultaneity,
            SplittableRandom random) {
        if (dimension < 1 || confounders < 1) {
            throw new IllegalArgumentException(
                    "Dimensions must be at least 1, found d = "
                            + dimension
                            + ", c = "
                            + confounders
                            + ".");
        }
        if (!(noise >= 0)) {
            throw new IllegalArgumentException("noise must be >= 0, found " + noise + ".");
        }
        this.d = dimension;
        this.c = confounders;
        this.noise = noise;
        this.wConfounder = Matrices.gaussian(c, d + 1, 1, random);
        this.f = new double[d];
        this.tau = new double[d];
        for (int j = 0; j < d; j++) {
            f[j] = random.nextGaussian();
        }
        if (simultaneity) {
            for (int j = 0; j < d; j++) {
                tau[j] = random.nextGaussian();
            }
        }
    }

    /** The causal effect f = W_XY (a copy): the target of every estimator. */
    public double[] causalEffect() {
        return f.clone();
    }

    /** The treatment dimension d. */
    public int dimension() {
        return d;
    }

    /**
     * Draws n observations with confounding strength κ on Y.
     *
     * @throws IllegalArgumentException if the cyclic model has no unique solution (κ·τᵀf ≈ 1)
     */
    public SemSample sample(int n, double kappa, SplittableRandom random) {
        double feedback = 0;
        for (int j = 0; j < d; j++) {
            feedback += kappa * tau[j] * f[j];
        }
        if (Math.abs(1 - feedback) < 1e-8) {
            throw new IllegalArgumentException(
                    "The cyclic SEM is not solvable at κ = "
                            + kappa
                            + ": κ·τᵀf = "
                            + feedback
                            + " ≈ 1; change κ.");
        }
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double[] confounder = new double[c];
        double[] exo = new double[d + 1];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < c; k++) {
                confounder[k] = random.nextGaussian();
            }
            for (int j = 0; j <= d; j++) {
                double v = 0;
                for (int k = 0; k < c; k++) {
                    v += confounder[k] * wConfounder[k][j];
                }
                exo[j] = (j == d ? kappa * v : v) + noise * random.nextGaussian();
            }
            // Solve [x, y] = exo + [x, y]·T: y = (exo_y + fᵀexo_x) / (1 − κτᵀf), x = exo_x + κ·y·τ.
            double fExo = 0;
            for (int j = 0; j < d; j++) {
                fExo += f[j] * exo[j];
            }
            double yi = (exo[d] + fExo) / (1 - feedback);
            for (int j = 0; j < d; j++) {
                x[i][j] = exo[j] + kappa * yi * tau[j];
            }
            y[i] = yi;
        }
        return new SemSample(x, y);
    }
}
