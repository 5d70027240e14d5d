package org.paramlab.peft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradients do not depend on when Java's garbage collector runs.
 *
 * <p>DJL's {@code x.mul(2f)} wraps the constant around a Java-owned direct buffer, multiplies and
 * closes the wrapper, but autograd keeps the constant for the backward pass. A collection between
 * forward and backward frees that buffer, and the backward pass then reads freed memory: in a
 * notebook, where rendering progress bars makes the collector run often, fine-tuning diverged to
 * NaN while the same code trained in a quiet JVM. This test runs every method's forward pass,
 * forces collections, then runs the backward pass, and requires the gradients of an undisturbed
 * run.
 */
class GcSafeGradientsTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.paramlab.peft.TunerContractTest#cases")
    void gradientsAreTheSameWhenTheCollectorRunsBeforeBackward(TunerContractTest.Case c)
            throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 5);
            PeftModel peft = Peft.wrap(model, c.config());
            TinyBert.perturb(peft, m);
            NDArray weights = m.randomNormal(new Shape(2, TinyBert.CLASSES));
            Map<String, float[]> quiet = gradients(peft, weights, m, false);
            Map<String, float[]> collected = gradients(peft, weights, m, true);
            assertEquals(quiet.keySet(), collected.keySet());
            for (Map.Entry<String, float[]> e : quiet.entrySet()) {
                float[] a = e.getValue();
                float[] b = collected.get(e.getKey());
                double scale = 0;
                for (int i = 0; i < a.length; i++) {
                    assertTrue(Float.isFinite(b[i]), e.getKey() + "[" + i + "] is " + b[i]);
                    scale = Math.max(scale, Math.abs(a[i]));
                }
                // Threaded reductions may differ in the last bits; freed memory gives garbage.
                assertEquals(
                        0,
                        TinyBert.maxAbsDiff(a, b),
                        1e-5 * scale + 1e-7,
                        e.getKey()
                                + " changed when the collector ran between forward and backward");
            }
        }
    }

    /** The trainable parameters' gradients of one forward and backward pass, from zero. */
    private static Map<String, float[]> gradients(
            PeftModel peft, NDArray weights, NDManager m, boolean collect)
            throws InterruptedException {
        Map<String, float[]> grads = new LinkedHashMap<>();
        try (NDManager step = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            for (Parameter p : peft.trainableParameters().values()) {
                p.getArray().getGradient().subi(p.getArray().getGradient());
            }
            NDArray y =
                    peft.model()
                            .forward(new ParameterStore(step, false), TinyBert.inputs(step), false)
                            .head();
            NDArray loss = y.mul(weights).sum();
            if (collect) {
                for (int i = 0; i < 4; i++) {
                    System.gc();
                    Thread.sleep(25); // the cleaner frees direct buffers after the collection
                }
            }
            gc.backward(loss);
            for (Map.Entry<String, Parameter> e : peft.trainableParameters().entrySet()) {
                grads.put(e.getKey(), e.getValue().getArray().getGradient().toFloatArray());
            }
        }
        return grads;
    }
}
