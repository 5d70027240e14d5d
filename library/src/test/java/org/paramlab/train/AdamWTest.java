package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;

import java.util.List;

class AdamWTest {
    private static final float[] X = {1f, -2f, 0.5f};
    private static final float[] C = {0.3f, 0.1f, -0.7f};

    /** One forward/backward of Σ c ⊙ (w ⊙ x + b): grad w = c ⊙ x, grad b = c. */
    private static void accumulate(ElementwiseBlock block, NDManager manager) {
        try (NDManager sub = manager.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray x = sub.create(X);
            NDArray out = block.forward(new ParameterStore(sub, false), new NDList(x), true).head();
            gc.backward(out.mul(sub.create(C)).sum());
        }
    }

    private static ElementwiseBlock block(NDManager manager) {
        ElementwiseBlock block = new ElementwiseBlock(3);
        block.initialize(manager, DataType.FLOAT32, new Shape(3));
        return block;
    }

    /** The class Javadoc's update rule in double precision. */
    private static double[] reference(
            double[] w,
            double[] g,
            int steps,
            double lr,
            double wd,
            double b1,
            double b2,
            double eps,
            double clip) {
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double[] out = w.clone();
        for (int t = 1; t <= steps; t++) {
            double scale = 1;
            double norm = 0;
            for (double x : g) norm += x * x;
            norm = Math.sqrt(norm);
            if (clip > 0 && norm > clip) scale = clip / (norm + 1e-6);
            double correction = Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
            for (int i = 0; i < w.length; i++) {
                double gi = g[i] * scale;
                out[i] *= 1 - lr * wd;
                m[i] = b1 * m[i] + (1 - b1) * gi;
                v[i] = b2 * v[i] + (1 - b2) * gi * gi;
                out[i] -= lr * correction * m[i] / (Math.sqrt(v[i]) + eps);
            }
        }
        return out;
    }

    private static void assertClose(double[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5, "index " + i);
        }
    }

    @Test
    void threeUpdatesMatchTheClosedFormWithDecoupledDecay() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ElementwiseBlock block = block(manager);
            var config = AdamWConfig.defaults().withWeightDecay(0.1);
            try (AdamW adam = new AdamW(config, block)) {
                for (int t = 0; t < 3; t++) {
                    accumulate(block, manager);
                    adam.step(0.05, 0);
                }
            }
            double[] gw = {C[0] * X[0], C[1] * X[1], C[2] * X[2]};
            double[] expected =
                    reference(new double[] {1, 1, 1}, gw, 3, 0.05, 0.1, 0.9, 0.999, 1e-8, 0);
            var w = ParameterPaths.of(block).get("weight").getArray().toFloatArray();
            assertClose(expected, w);
        }
    }

    @Test
    void groupsScaleTheRateAndSetTheirOwnDecay() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ElementwiseBlock block = block(manager);
            var config =
                    AdamWConfig.defaults()
                            .withGroups(List.of(new ParamGroup("bias", "bias", 0.5, 0.0)));
            try (AdamW adam = new AdamW(config, block)) {
                assertEquals("bias", adam.groups().get("bias").name());
                assertEquals(AdamWConfig.DEFAULT_GROUP, adam.groups().get("weight").name());
                accumulate(block, manager);
                adam.step(0.02, 0);
            }
            double[] gb = {C[0], C[1], C[2]};
            double[] expected = reference(new double[3], gb, 1, 0.01, 0, 0.9, 0.999, 1e-8, 0);
            assertClose(expected, ParameterPaths.of(block).get("bias").getArray().toFloatArray());
        }
    }

    @Test
    void clippingUsesTheGlobalNormOfAllParameters() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ElementwiseBlock block = block(manager);
            double normW = 0;
            double normB = 0;
            for (int i = 0; i < 3; i++) {
                normW += C[i] * X[i] * C[i] * X[i];
                normB += C[i] * C[i];
            }
            double global = Math.sqrt(normW + normB);
            try (AdamW adam = new AdamW(AdamWConfig.defaults().withBetas(0.0, 0.0), block)) {
                accumulate(block, manager);
                assertEquals(global, adam.step(0.0, 0.1), 1e-6);
            }
        }
    }

    @Test
    void gradientsAreZeroedAfterAStep() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ElementwiseBlock block = block(manager);
            try (AdamW adam = new AdamW(AdamWConfig.defaults(), block)) {
                accumulate(block, manager);
                adam.step(0.01, 0);
                accumulate(block, manager);
                double[] gb = {C[0], C[1], C[2]};
                double norm = 0;
                for (int i = 0; i < 3; i++) norm += C[i] * X[i] * C[i] * X[i] + gb[i] * gb[i];
                assertEquals(Math.sqrt(norm), adam.step(0.01, 0), 1e-6);
            }
        }
    }

    @Test
    void frozenParametersAreNotUpdated() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ElementwiseBlock block = block(manager);
            ParameterPaths.of(block).get("weight").freeze(true);
            try (AdamW adam = new AdamW(AdamWConfig.defaults(), block)) {
                assertEquals(List.of("bias"), List.copyOf(adam.groups().keySet()));
                accumulate(block, manager);
                adam.step(0.1, 0);
            }
            assertArrayEquals(
                    new float[] {1, 1, 1},
                    ParameterPaths.of(block).get("weight").getArray().toFloatArray());
        }
    }

    @Test
    void snapshotRestoresTheSameTrajectory() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ElementwiseBlock a = block(manager);
            ElementwiseBlock b = block(manager);
            OptimizerState state;
            try (AdamW adam = new AdamW(AdamWConfig.defaults(), a)) {
                accumulate(a, manager);
                adam.step(0.05, 0);
                state = adam.snapshot();
                accumulate(a, manager);
                adam.step(0.05, 0);
            }
            ParameterPaths.of(b).get("weight").getArray().set(new float[] {1, 1, 1});
            try (AdamW first = new AdamW(AdamWConfig.defaults(), b)) {
                accumulate(b, manager);
                first.step(0.05, 0);
            }
            try (AdamW resumed = new AdamW(AdamWConfig.defaults(), b, state)) {
                assertEquals(1, resumed.updates());
                accumulate(b, manager);
                resumed.step(0.05, 0);
            }
            assertArrayEquals(
                    ParameterPaths.of(a).get("weight").getArray().toFloatArray(),
                    ParameterPaths.of(b).get("weight").getArray().toFloatArray(),
                    1e-7f);
        }
    }

    @Test
    void momentsPadWithZerosWhenAParameterGrows() {
        var m =
                new OptimizerState.Moments(
                        new long[] {2, 2}, new float[] {1, 2, 3, 4}, new float[] {5, 6, 7, 8});
        var grown = m.paddedTo(new long[] {3, 2});
        assertArrayEquals(new float[] {1, 2, 3, 4, 0, 0}, grown.first());
        assertArrayEquals(new float[] {5, 6, 7, 8, 0, 0}, grown.second());
        var wider = m.paddedTo(new long[] {2, 3});
        assertArrayEquals(new float[] {1, 2, 0, 3, 4, 0}, wider.first());
        assertThrows(IllegalArgumentException.class, () -> m.paddedTo(new long[] {1, 2}));
    }

    @Test
    void badHyperparametersAreRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> AdamWConfig.defaults().withBetas(1.0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new ParamGroup("x", "(", 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ParamGroup("x", ".*", 0, 0));
    }
}
