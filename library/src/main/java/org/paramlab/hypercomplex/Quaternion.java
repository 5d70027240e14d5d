package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * Quaternions as the fixed-rule case of the hypercomplex layers: Hamilton's product written as a
 * Kronecker sum, and builders for quaternion layers (PHM and PHC layers with these rules fixed),
 * the baseline the PHM and PHNN papers compare against (Parcollet et al., Quaternion Recurrent
 * Neural Networks, ICLR 2019, arXiv:1806.04418; Zhang et al., ICLR 2021, arXiv:2102.08597, eq. 5).
 *
 * <p>For a weight quaternion {@code w = r + x i + y j + z k} acting on {@code q}, the product
 * {@code w ⊗ q} in the component basis (1, i, j, k) is the matrix {@code Σᵢ Aᵢ wᵢ} with
 *
 * <pre>
 *   A₁ = I    A₂ = [0 −1 0 0; 1 0 0 0; 0 0 0 −1; 0 0 1 0]
 *   A₃ = [0 0 −1 0; 0 0 0 1; 1 0 0 0; 0 −1 0 0]    A₄ = [0 0 0 −1; 0 0 −1 0; 0 1 0 0; 1 0 0 0]
 * </pre>
 *
 * <p>so a PHM layer with these rules and blocks {@code Fᵢ} multiplies a vector of quaternions
 * (component-major: all real parts, then all i parts, …) by a matrix of quaternions whose i-th
 * component is {@code Fᵢ}.
 */
public final class Quaternion {
    private Quaternion() {}

    /** Hamilton's rules {@code A (4, 4, 4)} as above, row-major. */
    public static float[] rules() {
        return new float[] {
            1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, // A₁: the real part
            0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, // A₂: i
            0, 0, -1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, -1, 0, 0, // A₃: j
            0, 0, 0, -1, 0, 0, -1, 0, 0, 1, 0, 0, 1, 0, 0, 0 // A₄: k
        };
    }

    /**
     * The Hamilton product {@code p ⊗ q} of quaternions stored as {@code (…, 4)} arrays (r, i, j,
     * k), broadcasting over the leading axes.
     *
     * @return {@code (…, 4)}
     */
    public static NDArray product(NDArray p, NDArray q) {
        NDArray[] a = components(p);
        NDArray[] b = components(q);
        NDArray r = a[0].mul(b[0]).sub(a[1].mul(b[1])).sub(a[2].mul(b[2])).sub(a[3].mul(b[3]));
        NDArray i = a[0].mul(b[1]).add(a[1].mul(b[0])).add(a[2].mul(b[3])).sub(a[3].mul(b[2]));
        NDArray j = a[0].mul(b[2]).sub(a[1].mul(b[3])).add(a[2].mul(b[0])).add(a[3].mul(b[1]));
        NDArray k = a[0].mul(b[3]).add(a[1].mul(b[2])).sub(a[2].mul(b[1])).add(a[3].mul(b[0]));
        return NDArrays.stack(new NDList(r, i, j, k), -1); // (…, 4)
    }

    /** A builder of a quaternion linear layer: {@link PhmLinear} with Hamilton's rules fixed. */
    public static PhmLinear.Builder linear() {
        return PhmLinear.builder().setN(4).optRules(PhmRules.hamilton());
    }

    /** A builder of a 1-D quaternion convolution. */
    public static PhcConv.Builder<PhcConv1d> conv1d() {
        return PhcConv1d.builder().setN(4).optRules(PhmRules.hamilton());
    }

    /** A builder of a 2-D quaternion convolution. */
    public static PhcConv.Builder<PhcConv2d> conv2d() {
        return PhcConv2d.builder().setN(4).optRules(PhmRules.hamilton());
    }

    /** A builder of a 3-D quaternion convolution. */
    public static PhcConv.Builder<PhcConv3d> conv3d() {
        return PhcConv3d.builder().setN(4).optRules(PhmRules.hamilton());
    }

    private static NDArray[] components(NDArray q) {
        NDArray[] c = new NDArray[4];
        for (int i = 0; i < 4; i++) {
            c[i] = q.get("..., " + i);
        }
        return c;
    }
}
