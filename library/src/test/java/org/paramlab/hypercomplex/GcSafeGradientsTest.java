package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.train.ParameterPaths;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradients of the hypercomplex layers do not depend on when Java's garbage collector runs: fixed
 * rules and parameter values built into the weight must stay valid between forward and backward.
 */
class GcSafeGradientsTest {

    @Test
    void learnedFixedAndLowRankLayersKeepTheirGradientsAcrossCollections() throws Exception {
        check(PhmLinear.builder().setN(2).setIn(8).setOut(6).optRank(2).build(), new Shape(3, 8));
        check(Quaternion.linear().setIn(8).setOut(8).build(), new Shape(3, 8));
        check(
                PhcConv2d.builder().setN(4).setIn(8).setOut(8).setKernel(3).optBias(true).build(),
                new Shape(2, 8, 5, 5));
        check(Quaternion.conv2d().setIn(4).setOut(8).setKernel(3).build(), new Shape(2, 4, 5, 5));
    }

    private static void check(Block block, Shape input) throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            block.initialize(m, DataType.FLOAT32, input);
            NDArray x = m.randomNormal(input);
            Map<String, float[]> quiet = gradients(block, x, m, false);
            Map<String, float[]> collected = gradients(block, x, m, true);
            for (Map.Entry<String, float[]> e : quiet.entrySet()) {
                assertArrayEquals(e.getValue(), collected.get(e.getKey()), 1e-6f, e.getKey());
            }
        }
    }

    private static Map<String, float[]> gradients(
            Block block, NDArray x, NDManager m, boolean collect) throws InterruptedException {
        Map<String, float[]> grads = new LinkedHashMap<>();
        try (NDManager step = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            for (Parameter p : ParameterPaths.of(block).values()) {
                p.getArray().getGradient().subi(p.getArray().getGradient());
            }
            NDArray y = block.forward(new ParameterStore(step, false), new NDList(x), true).head();
            NDArray loss = y.square().sum();
            if (collect) {
                for (int i = 0; i < 4; i++) {
                    System.gc();
                    Thread.sleep(25);
                }
            }
            gc.backward(loss);
            for (Map.Entry<String, Parameter> e : ParameterPaths.of(block).entrySet()) {
                grads.put(e.getKey(), e.getValue().getArray().getGradient().toFloatArray());
            }
        }
        return grads;
    }
}
