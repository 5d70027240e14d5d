package org.paramlab.stats.sensing;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.paramlab.train.Interrupts;

import java.util.Random;
import java.util.concurrent.atomic.LongAdder;

/**
 * Gradient descent on the asymmetric parameterization M = FGᵀ, F and G of shape (n, k):
 *
 * <pre>
 *   L(F, G) = ½‖𝒜(FGᵀ) − y‖²,   E = 𝒜*𝒜(FGᵀ − M*),
 *   F_{t+1} = F_t − η·E·G_t,     G_{t+1} = G_t − η·Eᵀ·F_t,
 *   F₀ = α·N(0, 1)/√n,  G₀ = (α/3)·N(0, 1)/√n  entrywise.
 * </pre>
 *
 * The α versus α/3 imbalance of the initialization is the paper's (Xiong, Ding and Du, ICLR 2024,
 * arXiv:2310.01769, Theorem 1.3; the scales are quoted in its public reviews); the ½ in the loss
 * and the 1/√n are our choices. A {@link Modification.Rebalance} replaces one step by our reading
 * of the paper's step (5.1). Allocates nothing per step.
 */
final class AsymmetricGd {
    /** G₀ is drawn at this fraction of α: the paper's imbalanced initialization. */
    static final double G_INIT_RATIO = 1.0 / 3.0;

    private AsymmetricGd() {}

    static MatrixSensingResult run(MatrixSensingConfig config, LongAdder progress) {
        int n = config.n();
        int k = config.k();
        int d = n * n;
        SensingOperator sensing = config.sensing().operator(n, n);
        double[] target =
                GroundTruth.rowMajor(
                        GroundTruth.asymmetric(n, n, config.spectrum(), config.seed()));
        Random random = new Random(Curve.initSeed(config.seed()));
        double scale = config.alpha() / Math.sqrt(n);
        double[] f = Dense.gaussian(random, n * k, scale);
        double[] g = Dense.gaussian(random, n * k, G_INIT_RATIO * scale);
        double[] product = new double[d];
        double[] normal = new double[d];
        double[] gradF = new double[n * k];
        double[] gradG = new double[n * k];
        double[] targetNormal = new double[d];
        sensing.applyNormal(target, targetNormal);
        double measuredNorm = Math.sqrt(Dense.dot(target, targetNormal, d)); // ‖y‖
        double limit = Curve.divergenceLimit(Dense.norm(target, d));
        Curve curve = new Curve(config.recordEvery(), config.steps());
        int modifiedAt = -1;
        for (int t = 0; ; t++) {
            Dense.multiplyTransposed(f, g, product, n, k, n);
            Dense.addScaled(product, -1, target, d); // (n, n) residual FGᵀ − M*
            double error = Dense.norm(product, d);
            if (!(error <= limit)) {
                curve.offer(t, error, true);
                return curve.toResult(config, MatrixSensingResult.StopReason.DIVERGED, modifiedAt);
            }
            curve.offer(t, error, false);
            if (t == config.steps()) {
                return curve.toResult(config, MatrixSensingResult.StopReason.COMPLETED, modifiedAt);
            }
            sensing.applyNormal(product, normal);
            if (modifiedAt < 0
                    && config.modification() instanceof Modification.Rebalance rebalance
                    && Math.sqrt(Math.max(0, Dense.dot(product, normal, d)))
                            <= rebalance.relativeResidual() * measuredNorm) {
                rebalance(f, g, n, k);
                modifiedAt = t;
            } else {
                Dense.multiply(normal, g, gradF, n, n, k); // (n, k) = E·G
                Dense.transposedMultiply(normal, f, gradG, n, n, k); // (n, k) = Eᵀ·F
                Dense.addScaled(f, -config.eta(), gradF, n * k);
                Dense.addScaled(g, -config.eta(), gradG, n * k);
            }
            Interrupts.check();
            progress.increment();
        }
    }

    /**
     * Our reading of the paper's step (5.1), in place: with S = FᵀF and β = σ₁(FGᵀ), F ← √β·F·
     * S^{-1/2} and G ← G·S^{1/2}/√β, so FGᵀ is unchanged and FᵀF = βI.
     *
     * @throws IllegalStateException if F has lost column rank (S singular)
     */
    static void rebalance(double[] f, double[] g, int n, int k) {
        RealMatrix fm = MatrixUtils.createRealMatrix(n, k);
        RealMatrix gm = MatrixUtils.createRealMatrix(n, k);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                fm.setEntry(i, j, f[i * k + j]);
                gm.setEntry(i, j, g[i * k + j]);
            }
        }
        double beta = new SingularValueDecomposition(fm.multiplyTransposed(gm)).getNorm();
        EigenDecompositionSymmetric eigen =
                new EigenDecompositionSymmetric(fm.transposeMultiply(fm));
        double[] lambda = eigen.getEigenvalues();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (double value : lambda) {
            smallest = Math.min(smallest, value);
            largest = Math.max(largest, value);
        }
        if (!(smallest > 1e-14 * largest)) {
            throw new IllegalStateException(
                    "Rebalancing needs F of full column rank k = "
                            + k
                            + ", but FᵀF has smallest eigenvalue "
                            + smallest
                            + "; use k <= n and a positive alpha.");
        }
        RealMatrix v = eigen.getV();
        double[] inverseRoot = new double[k];
        double[] root = new double[k];
        for (int i = 0; i < k; i++) {
            inverseRoot[i] = Math.sqrt(beta / lambda[i]);
            root[i] = Math.sqrt(lambda[i] / beta);
        }
        RealMatrix right =
                v.multiply(MatrixUtils.createRealDiagonalMatrix(inverseRoot)).multiplyTransposed(v);
        RealMatrix rightInverseT =
                v.multiply(MatrixUtils.createRealDiagonalMatrix(root)).multiplyTransposed(v);
        RealMatrix newF = fm.multiply(right);
        RealMatrix newG = gm.multiply(rightInverseT);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                f[i * k + j] = newF.getEntry(i, j);
                g[i * k + j] = newG.getEntry(i, j);
            }
        }
    }

    /** L(F, G) = ½‖𝒜(FGᵀ) − 𝒜(M*)‖², evaluated through {@link SensingOperator#apply}. */
    static double loss(
            SensingOperator sensing, double[] target, double[] f, double[] g, int n, int k) {
        double[] product = new double[n * n];
        Dense.multiplyTransposed(f, g, product, n, k, n);
        double[] residual = sensing.apply(product);
        double[] y = sensing.apply(target);
        Dense.addScaled(residual, -1, y, y.length);
        return 0.5 * Dense.dot(residual, residual, residual.length);
    }

    /** (∇_F L, ∇_G L) = (E·G, Eᵀ·F) with E = 𝒜*𝒜(FGᵀ − M*): the same arithmetic as the loop. */
    static double[][] gradient(
            SensingOperator sensing, double[] target, double[] f, double[] g, int n, int k) {
        double[] product = new double[n * n];
        double[] normal = new double[n * n];
        double[] gradF = new double[n * k];
        double[] gradG = new double[n * k];
        Dense.multiplyTransposed(f, g, product, n, k, n);
        Dense.addScaled(product, -1, target, n * n);
        sensing.applyNormal(product, normal);
        Dense.multiply(normal, g, gradF, n, n, k);
        Dense.transposedMultiply(normal, f, gradG, n, n, k);
        return new double[][] {gradF, gradG};
    }
}
