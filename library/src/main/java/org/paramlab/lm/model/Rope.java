package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.train.HostArrays;

/**
 * Rotary position embedding (Su, Lu, Pan, Murtadha, Wen, Liu, "RoFormer: Enhanced Transformer with
 * Rotary Position Embedding", 2021, arXiv:2104.09864, Eq. 34): coordinate pair i of a query or key
 * at position p is rotated by the angle p·θᵢ with θᵢ = base^{−2i/h}, so the score q_m·k_n depends
 * on positions only through m − n.
 *
 * <p>Pairs are (x_i, x_{i+h/2}) ("rotate half", as GPT-NeoX and LLaMA's Hugging Face port), a fixed
 * permutation of the paper's adjacent pairs (x_{2i}, x_{2i+1}) that changes nothing a model can
 * learn:
 *
 * <pre>
 *   y_i       = x_i·cos(pθᵢ) − x_{i+h/2}·sin(pθᵢ)
 *   y_{i+h/2} = x_{i+h/2}·cos(pθᵢ) + x_i·sin(pθᵢ),      i &lt; h/2
 * </pre>
 *
 * <p>Shapes: x (B, H, T, h) for positions offset, …, offset + T − 1; the result has x's shape. The
 * cosines and sines are computed on the host per call and created in x's manager, so nothing is
 * cached across calls.
 */
public final class Rope {
    private Rope() {}

    /**
     * Rotates x (B, H, T, h) as positions {@code offset} … {@code offset + T − 1}.
     *
     * @throws IllegalArgumentException if h is odd
     */
    public static NDArray apply(NDArray x, long offset, double base) {
        Shape shape = x.getShape();
        int t = (int) shape.get(shape.dimension() - 2);
        int h = (int) shape.get(shape.dimension() - 1);
        if (h % 2 != 0) {
            throw new IllegalArgumentException("RoPE needs an even head width, found " + h);
        }
        int half = h / 2;
        float[] cos = new float[t * h];
        float[] sin = new float[t * h];
        for (int p = 0; p < t; p++) {
            for (int i = 0; i < half; i++) {
                double angle = (offset + p) * Math.pow(base, -2.0 * i / h);
                float c = (float) Math.cos(angle);
                float s = (float) Math.sin(angle);
                cos[p * h + i] = c;
                cos[p * h + i + half] = c;
                sin[p * h + i] = -s; // multiplies x_{i+h/2} in y_i
                sin[p * h + i + half] = s; // multiplies x_i in y_{i+h/2}
            }
        }
        NDManager manager = x.getManager();
        var type = x.getDataType();
        NDArray c =
                HostArrays.create(manager, cos, new Shape(t, h))
                        .toType(type, false); // (T, h), over (B, H)
        NDArray s = HostArrays.create(manager, sin, new Shape(t, h)).toType(type, false);
        NDArray swapped = swapHalves(x, half); // (B, H, T, h): [x_{h/2..h}, x_{0..h/2}]
        return x.mul(c).add(swapped.mul(s));
    }

    /** [x_{h/2..h}, x_{0..h/2}] along the last axis. */
    private static NDArray swapHalves(NDArray x, int half) {
        int last = x.getShape().dimension() - 1;
        var parts = x.split(new long[] {half}, last);
        return parts.get(1).concat(parts.get(0), last);
    }
}
