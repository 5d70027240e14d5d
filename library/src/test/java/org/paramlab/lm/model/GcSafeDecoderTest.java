package org.paramlab.lm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.train.ParameterPaths;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoder's gradients do not depend on when Java's garbage collector runs (a DJL constant
 * wrapped around a Java buffer and saved by autograd is freed by a collection; see {@code
 * org.paramlab.train.HostArrays}). Every variant: forward, forced collections, backward, against an
 * undisturbed pass.
 */
class GcSafeDecoderTest {
    @Test
    void everyVariantsGradientsAreTheSameWhenTheCollectorRunsBeforeBackward()
            throws InterruptedException {
        for (DecoderConfig config : DecoderTest.variants()) {
            try (NDManager manager = NDManager.newBaseManager()) {
                Decoder model = Decoder.build(config, manager);
                DecoderTest.randomizeHead(model, 3);
                Map<String, float[]> quiet = gradients(model, manager, false);
                Map<String, float[]> collected = gradients(model, manager, true);
                for (Map.Entry<String, float[]> e : quiet.entrySet()) {
                    float[] a = e.getValue();
                    float[] b = collected.get(e.getKey());
                    double scale = 0;
                    double diff = 0;
                    for (int i = 0; i < a.length; i++) {
                        assertTrue(Float.isFinite(b[i]), config + " " + e.getKey() + " not finite");
                        scale = Math.max(scale, Math.abs(a[i]));
                        diff = Math.max(diff, Math.abs(a[i] - b[i]));
                    }
                    assertEquals(0, diff, 1e-5 * scale + 1e-7, config + " " + e.getKey());
                }
            }
        }
    }

    private static Map<String, float[]> gradients(Decoder model, NDManager m, boolean collect)
            throws InterruptedException {
        Map<String, Parameter> params = ParameterPaths.of(model);
        Map<String, float[]> grads = new LinkedHashMap<>();
        try (NDManager step = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            for (Parameter p : params.values()) {
                if (p.requiresGradient()) {
                    p.getArray().getGradient().subi(p.getArray().getGradient());
                }
            }
            NDArray ids = DecoderTest.ids(step, new int[] {1, 4, 2, 7, 3, 9, 0});
            NDList out = model.forward(new ParameterStore(step, false), new NDList(ids), true);
            NDArray loss = out.head().square().sum();
            if (collect) {
                for (int i = 0; i < 4; i++) {
                    System.gc();
                    Thread.sleep(25);
                }
            }
            gc.backward(loss);
            for (Map.Entry<String, Parameter> e : params.entrySet()) {
                if (e.getValue().requiresGradient()) {
                    grads.put(e.getKey(), e.getValue().getArray().getGradient().toFloatArray());
                }
            }
        }
        return grads;
    }
}
