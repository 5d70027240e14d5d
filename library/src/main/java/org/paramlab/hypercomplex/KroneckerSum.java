package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kronecker sum that builds a hypercomplex weight, {@code H = Σᵢ₌₁ⁿ Aᵢ ⊗ Fᵢ} (Zhang et al.,
 * ICLR 2021, arXiv:2102.08597, eq. 4; for convolutions Grassucci, Zhang, Comminiello, IEEE TNNLS
 * 2022, arXiv:2110.04176, eq. 7, where the product acts on the two channel axes and leaves the
 * kernel axes alone):
 *
 * <pre>
 *   H[a·p + b, c·q + d, k…] = Σᵢ A[i, a, c] · F[i, b, d, k…]
 * </pre>
 *
 * <p>Shapes: rules {@code A (n, n, n)}, factors {@code F (n, p, q, k…)}, result {@code (n·p, n·q,
 * k…)}. The sum is one {@code (n², n) × (n, p·q·K)} matrix product and one transpose, so it is
 * batched, differentiable and costs {@code O(n · out · in · K)}: next to a convolution over a
 * feature map this is small.
 */
public final class KroneckerSum {
    private KroneckerSum() {}

    /**
     * {@code Σᵢ Aᵢ ⊗ Fᵢ} over the first two axes of each {@code Fᵢ}.
     *
     * @param rules {@code (n, n, n)}
     * @param factors {@code (n, p, q, k…)}, any number of trailing kernel axes
     * @return {@code (n·p, n·q, k…)}, in the manager of {@code rules}
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public static NDArray of(NDArray rules, NDArray factors) {
        Shape a = rules.getShape();
        Shape f = factors.getShape();
        long n = a.get(0);
        if (a.dimension() != 3 || a.get(1) != n || a.get(2) != n) {
            throw new IllegalArgumentException("Rules must be (n, n, n), got " + a);
        }
        if (f.dimension() < 3 || f.get(0) != n) {
            throw new IllegalArgumentException(
                    "Factors must be (n, p, q, k…) with n = " + n + ", got " + f);
        }
        long p = f.get(1);
        long q = f.get(2);
        Shape kernel = f.slice(3);
        long k = kernel.size();
        NDArray pairs = rules.reshape(n, n * n).transpose(); // (n², n): row (a, c)
        NDArray summed = pairs.matMul(factors.reshape(n, p * q * k)); // (n², p·q·K)
        NDArray blocks = summed.reshape(n, n, p, q, k).transpose(0, 2, 1, 3, 4); // (a, b, c, d, K)
        return blocks.reshape(new Shape(n * p, n * q).addAll(kernel));
    }

    /**
     * Rank-r factors {@code Fᵢ = sᵢ tᵢ} (Compacter's low-rank "fast" weights, Karimi Mahabadi,
     * Henderson, Ruder, NeurIPS 2021, arXiv:2106.04647, eq. 5), reshaped to the kernel.
     *
     * @param left {@code s (n, p, r)}
     * @param right {@code t (n, r, q·K)}
     * @param q the second block size
     * @param kernel the kernel axes {@code k…} (empty for a linear layer)
     * @return {@code F (n, p, q, k…)}
     */
    public static NDArray factors(NDArray left, NDArray right, long q, Shape kernel) {
        long n = left.getShape().get(0);
        long p = left.getShape().get(1);
        return left.matMul(right).reshape(new Shape(n, p, q).addAll(kernel)); // (n, p, q, k…)
    }

    /**
     * Parameters of a Kronecker-sum weight: {@code n³} rules (0 when fixed or shared) plus {@code
     * out·in·K/n} factors, or {@code n·r·(out/n + in·K/n)} with rank-r factors.
     *
     * @param n the number of rules
     * @param out output features or channels
     * @param in input features or channels
     * @param kernelVolume K, the product of the kernel sizes (1 for a linear layer)
     * @param rank r, or 0 for full factors
     * @param ownRules whether the layer learns its own rules
     */
    public static long parameterCount(
            int n, long out, long in, long kernelVolume, int rank, boolean ownRules) {
        long rules = ownRules ? (long) n * n * n : 0;
        long factors =
                rank == 0
                        ? out * in * kernelVolume / n
                        : (long) n * rank * (out / n + in * kernelVolume / n);
        return rules + factors;
    }

    /**
     * The n that divide both {@code out} and {@code in}, ascending: the choices a layer of that
     * shape accepts.
     */
    public static List<Integer> validN(long out, long in) {
        List<Integer> ok = new ArrayList<>();
        for (int n = 1; n <= Math.min(out, in); n++) {
            if (out % n == 0 && in % n == 0) {
                ok.add(n);
            }
        }
        return ok;
    }
}
