package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv1d;

/**
 * A 1-D PHC convolution, {@code y = (Σᵢ Aᵢ ⊗ Fᵢ) ⋆ x + b} over inputs {@code (B, in, L)}; see
 * {@link PhcConv} for the equation, shapes and parameter count (Grassucci, Zhang, Comminiello, IEEE
 * TNNLS 2022, arXiv:2110.04176).
 *
 * <pre>{@code
 * PhcConv1d conv = PhcConv1d.builder().setN(4).setIn(64).setOut(64).setKernel(3).optPadding(1).build();
 * }</pre>
 */
public final class PhcConv1d extends PhcConv {
    private PhcConv1d(Builder<PhcConv1d> builder) {
        super(builder);
    }

    /** A builder for a 1-D PHC convolution. */
    public static Builder<PhcConv1d> builder() {
        return new Builder<>(1, PhcConv1d::new);
    }

    @Override
    protected NDArray convolve(
            NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding, Shape dilation) {
        return Conv1d.conv1d(x, weight, bias, stride, padding, dilation, 1).head();
    }
}
