package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv3d;

/**
 * A 3-D PHC convolution, {@code y = (Σᵢ Aᵢ ⊗ Fᵢ) ⋆ x + b} over inputs {@code (B, in, D, H, W)}; see
 * {@link PhcConv} for the equation, shapes and parameter count (Grassucci, Zhang, Comminiello, IEEE
 * TNNLS 2022, arXiv:2110.04176).
 *
 * <pre>{@code
 * PhcConv3d conv = PhcConv3d.builder().setN(4).setIn(64).setOut(64).setKernel(3).optPadding(1).build();
 * }</pre>
 */
public final class PhcConv3d extends PhcConv {
    private PhcConv3d(Builder<PhcConv3d> builder) {
        super(builder);
    }

    /** A builder for a 3-D PHC convolution. */
    public static Builder<PhcConv3d> builder() {
        return new Builder<>(3, PhcConv3d::new);
    }

    @Override
    protected NDArray convolve(
            NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding, Shape dilation) {
        return Conv3d.conv3d(x, weight, bias, stride, padding, dilation, 1).head();
    }
}
