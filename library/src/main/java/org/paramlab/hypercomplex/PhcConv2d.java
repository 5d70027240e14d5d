package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A 2-D PHC convolution, {@code y = (Σᵢ Aᵢ ⊗ Fᵢ) ⋆ x + b} over inputs {@code (B, in, H, W)}; see
 * {@link PhcConv} for the equation, shapes and parameter count (Grassucci, Zhang, Comminiello, IEEE
 * TNNLS 2022, arXiv:2110.04176).
 *
 * <pre>{@code
 * PhcConv2d conv = PhcConv2d.builder().setN(4).setIn(64).setOut(64).setKernel(3).optPadding(1).build();
 * }</pre>
 */
public final class PhcConv2d extends PhcConv {
    private PhcConv2d(Builder<PhcConv2d> builder) {
        super(builder);
    }

    /** A builder for a 2-D PHC convolution. */
    public static Builder<PhcConv2d> builder() {
        return new Builder<>(2, PhcConv2d::new);
    }

    @Override
    protected NDArray convolve(
            NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding, Shape dilation) {
        return Conv2d.conv2d(x, weight, bias, stride, padding, dilation, 1).head();
    }
}
