package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.paramlab.train.GradMode;
import org.paramlab.train.ParameterPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Central finite differences against autograd for every parameter of a float64 block, on the loss
 * {@code Σ y ⊙ R} with a fixed random R.
 */
final class GradientCheck {
    private GradientCheck() {}

    /** Checks the three entries of largest gradient of every parameter. */
    static void check(Block block, NDArray x, NDManager m) {
        NDArray weights;
        Map<String, double[]> grads = new java.util.LinkedHashMap<>();
        try (NDManager step = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray y = block.forward(new ParameterStore(step, false), new NDList(x), true).head();
            weights = m.randomNormal(0, 1, y.getShape(), y.getDataType());
            gc.backward(y.mul(weights).sum());
            for (Map.Entry<String, Parameter> e : ParameterPaths.of(block).entrySet()) {
                grads.put(e.getKey(), e.getValue().getArray().getGradient().toDoubleArray());
            }
        }
        for (Map.Entry<String, Parameter> e : ParameterPaths.of(block).entrySet()) {
            double[] g = grads.get(e.getKey());
            NDArray a = e.getValue().getArray();
            double[] original = a.toDoubleArray();
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < g.length; k++) {
                order.add(k);
            }
            order.sort((i, j) -> Double.compare(Math.abs(g[j]), Math.abs(g[i])));
            assertTrue(Math.abs(g[order.get(0)]) > 0, e.getKey() + " got no gradient");
            double eps = 1e-6;
            for (int k : order.subList(0, Math.min(3, order.size()))) {
                double[] v = original.clone();
                v[k] += eps;
                a.set(m.create(v, a.getShape()).toByteBuffer());
                double plus = loss(block, x, weights, m);
                v[k] -= 2 * eps;
                a.set(m.create(v, a.getShape()).toByteBuffer());
                double minus = loss(block, x, weights, m);
                a.set(m.create(original, a.getShape()).toByteBuffer());
                double numeric = (plus - minus) / (2 * eps);
                assertEquals(
                        g[k], numeric, 1e-6 + 1e-6 * Math.abs(g[k]), e.getKey() + "[" + k + "]");
            }
        }
    }

    private static double loss(Block block, NDArray x, NDArray weights, NDManager m) {
        try (NDManager step = m.newSubManager();
                GradMode off = GradMode.disabled()) {
            NDArray y = block.forward(new ParameterStore(step, false), new NDList(x), false).head();
            return y.mul(weights).sum().getDouble();
        }
    }
}
