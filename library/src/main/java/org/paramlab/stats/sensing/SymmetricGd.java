package org.paramlab.stats.sensing;

import org.paramlab.train.Interrupts;

import java.util.Random;
import java.util.concurrent.atomic.LongAdder;

/**
 * Gradient descent on the symmetric parameterization M = XXᵀ, X of shape (n, k):
 *
 * <pre>
 *   L(X) = ¼‖𝒜(XXᵀ) − y‖²,   y = 𝒜(M*),
 *   ∇L(X) = ½(E + Eᵀ)X,      E = 𝒜*𝒜(XXᵀ − M*),
 *   X_{t+1} = X_t − η∇L(X_t),   X₀ = α·N(0, 1)/√n entrywise.
 * </pre>
 *
 * This is plain GD on the symmetric parameterization studied by Xiong, Ding and Du (ICLR 2024,
 * arXiv:2310.01769, Theorem 1.1 and §3, where the ground truth is written Σ). The ¼ in the loss is
 * our choice, so that the step reads X ← X − η𝒜*𝒜(XXᵀ − M*)X for symmetric sensing matrices; the
 * paper's own constant could not be checked here and only rescales η. Allocates nothing per step.
 */
final class SymmetricGd {
    private SymmetricGd() {}

    static MatrixSensingResult run(MatrixSensingConfig config, LongAdder progress) {
        int n = config.n();
        int k = config.k();
        int d = n * n;
        SensingOperator sensing = config.sensing().operator(n, n);
        double[] target =
                GroundTruth.rowMajor(GroundTruth.symmetric(n, config.spectrum(), config.seed()));
        double[] x =
                Dense.gaussian(
                        new Random(Curve.initSeed(config.seed())),
                        n * k,
                        config.alpha() / Math.sqrt(n));
        double[] product = new double[d];
        double[] normal = new double[d];
        double[] gradient = new double[n * k];
        double limit = Curve.divergenceLimit(Dense.norm(target, d));
        Curve curve = new Curve(config.recordEvery(), config.steps());
        for (int t = 0; ; t++) {
            Dense.multiplyTransposed(x, x, product, n, k, n);
            Dense.addScaled(product, -1, target, d); // (n, n) residual XXᵀ − M*
            double error = Dense.norm(product, d);
            if (!(error <= limit)) {
                curve.offer(t, error, true);
                return curve.toResult(config, MatrixSensingResult.StopReason.DIVERGED, -1);
            }
            curve.offer(t, error, false);
            if (t == config.steps()) {
                return curve.toResult(config, MatrixSensingResult.StopReason.COMPLETED, -1);
            }
            sensing.applyNormal(product, normal);
            Dense.symmetrize(normal, n);
            Dense.multiply(normal, x, gradient, n, n, k); // (n, k)
            Dense.addScaled(x, -config.eta(), gradient, n * k);
            Interrupts.check();
            progress.increment();
        }
    }

    /** L(X) = ¼‖𝒜(XXᵀ) − 𝒜(M*)‖², evaluated through {@link SensingOperator#apply}. */
    static double loss(SensingOperator sensing, double[] target, double[] x, int n, int k) {
        double[] product = new double[n * n];
        Dense.multiplyTransposed(x, x, product, n, k, n);
        double[] residual = sensing.apply(product);
        double[] y = sensing.apply(target);
        Dense.addScaled(residual, -1, y, y.length);
        return 0.25 * Dense.dot(residual, residual, residual.length);
    }

    /** ∇L(X) = ½(E + Eᵀ)X with E = 𝒜*𝒜(XXᵀ − M*): the same arithmetic as the loop. */
    static double[] gradient(SensingOperator sensing, double[] target, double[] x, int n, int k) {
        double[] product = new double[n * n];
        double[] normal = new double[n * n];
        double[] gradient = new double[n * k];
        Dense.multiplyTransposed(x, x, product, n, k, n);
        Dense.addScaled(product, -1, target, n * n);
        sensing.applyNormal(product, normal);
        Dense.symmetrize(normal, n);
        Dense.multiply(normal, x, gradient, n, n, k);
        return gradient;
    }
}
