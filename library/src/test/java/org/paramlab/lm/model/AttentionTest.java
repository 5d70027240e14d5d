package org.paramlab.lm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

class AttentionTest {

    /** softmax(q·kᵀ·s + M)·v by hand, head j using key/value head j / (H/G). */
    static double[] reference(double[][][] q, double[][][] k, double[][][] v, double scale) {
        int heads = q.length;
        int groups = k.length;
        int t = q[0].length;
        int d = q[0][0].length;
        double[] out = new double[heads * t * d];
        for (int j = 0; j < heads; j++) {
            int g = j / (heads / groups);
            for (int i = 0; i < t; i++) {
                double[] w = new double[i + 1];
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s <= i; s++) {
                    double dot = 0;
                    for (int c = 0; c < d; c++) dot += q[j][i][c] * k[g][s][c];
                    w[s] = dot * scale;
                    max = Math.max(max, w[s]);
                }
                double z = 0;
                for (int s = 0; s <= i; s++) {
                    w[s] = Math.exp(w[s] - max);
                    z += w[s];
                }
                for (int c = 0; c < d; c++) {
                    double acc = 0;
                    for (int s = 0; s <= i; s++) acc += w[s] / z * v[g][s][c];
                    out[(j * t + i) * d + c] = acc;
                }
            }
        }
        return out;
    }

    static double[][][] filled(int a, int b, int c, double start) {
        double[][][] x = new double[a][b][c];
        double value = start;
        for (int i = 0; i < a; i++)
            for (int j = 0; j < b; j++)
                for (int l = 0; l < c; l++) {
                    value = (value * 1.37 + 0.11) % 2.0 - 0.6;
                    x[i][j][l] = value;
                }
        return x;
    }

    static float[] flat(double[][][] x) {
        int n = x.length * x[0].length * x[0][0].length;
        float[] f = new float[n];
        int p = 0;
        for (double[][] a : x) for (double[] b : a) for (double c : b) f[p++] = (float) c;
        return f;
    }

    @Test
    void groupedQueryAttentionSharesEachKeyValueHeadAmongConsecutiveQueryHeads() {
        try (NDManager manager = NDManager.newBaseManager()) {
            int h = 4, g = 2, t = 3, d = 2;
            double[][][] q = filled(h, t, d, 0.3);
            double[][][] k = filled(g, t, d, 0.7);
            double[][][] v = filled(g, t, d, 0.1);
            NDArray qa = manager.create(flat(q), new Shape(1, h, t, d));
            NDArray ka = manager.create(flat(k), new Shape(1, g, t, d));
            NDArray va = manager.create(flat(v), new Shape(1, g, t, d));
            float[] out = CausalSelfAttention.attend(qa, ka, va, 0, 0.5).toFloatArray();
            double[] expected = reference(q, k, v, 0.5);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], out[i], 1e-5, "index " + i);
            }
        }
    }

    @Test
    void multiHeadAttentionIsTheCaseOfOneQueryHeadPerGroup() {
        try (NDManager manager = NDManager.newBaseManager()) {
            int h = 2, t = 4, d = 3;
            double[][][] q = filled(h, t, d, 0.2);
            double[][][] k = filled(h, t, d, 0.9);
            double[][][] v = filled(h, t, d, 0.4);
            float[] out =
                    CausalSelfAttention.attend(
                                    manager.create(flat(q), new Shape(1, h, t, d)),
                                    manager.create(flat(k), new Shape(1, h, t, d)),
                                    manager.create(flat(v), new Shape(1, h, t, d)),
                                    0,
                                    1 / Math.sqrt(d))
                            .toFloatArray();
            double[] expected = reference(q, k, v, 1 / Math.sqrt(d));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], out[i], 1e-5);
            }
        }
    }
}
