package org.paramlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;

import java.util.ArrayList;
import java.util.List;

/**
 * Gradient clipping by global norm (Pascanu, Mikolov and Bengio, "On the difficulty of training
 * recurrent neural networks", ICML 2013, arXiv:1211.5063): all gradients are scaled by min(1,
 * G/‖g‖₂), where ‖g‖₂ is the norm of all of them concatenated, so their direction is kept.
 */
public final class GradientClipping {
    /** Added to the norm before dividing, as PyTorch's {@code clip_grad_norm_} does. */
    public static final double EPSILON = 1e-6;

    private GradientClipping() {}

    /**
     * ‖g‖₂ over all arrays, √(Σᵢ Σ gᵢ²), with one device-to-host copy; null entries are skipped.
     */
    public static double globalNorm(List<NDArray> gradients) {
        List<NDArray> norms = new ArrayList<>(gradients.size());
        for (NDArray g : gradients) {
            if (g != null) {
                norms.add(g.norm().toType(DataType.FLOAT64, false)); // ‖gᵢ‖₂, a scalar
            }
        }
        if (norms.isEmpty()) {
            return 0;
        }
        NDArray stacked = NDArrays.stack(new NDList(norms)); // (n)
        return stacked.norm().getDouble(); // √(Σᵢ ‖gᵢ‖²)
    }

    /**
     * The factor min(1, G/(‖g‖₂ + ε)) that clips a gradient of norm {@code norm} to {@code
     * maxNorm}; 1 when maxNorm ≤ 0 or is infinite (no clipping).
     */
    public static double scale(double norm, double maxNorm) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm) || !(norm > maxNorm)) {
            return 1;
        }
        return maxNorm / (norm + EPSILON);
    }
}
