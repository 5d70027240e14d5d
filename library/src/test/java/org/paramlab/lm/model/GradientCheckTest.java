package org.paramlab.lm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Autograd gradients of the custom layers against central finite differences, in float64. */
class GradientCheckTest {
    private static final double H = 1e-6;

    private static NDArray random(NDManager manager, Random random, long... shape) {
        int n = (int) new Shape(shape).size();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian();
        }
        return manager.create(values, new Shape(shape));
    }

    /** Checks ∂L/∂input for every input, L = Σ c ⊙ f(inputs) with random c. */
    private static void check(
            NDManager manager, List<NDArray> inputs, Function<List<NDArray>, NDArray> f) {
        NDArray c;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            for (NDArray x : inputs) {
                x.setRequiresGradient(true);
            }
            NDArray out = f.apply(inputs);
            c = random(manager, new Random(99), out.getShape().getShape());
            collector.backward(out.mul(c).sum());
        }
        for (int a = 0; a < inputs.size(); a++) {
            NDArray x = inputs.get(a);
            double[] analytic = x.getGradient().toDoubleArray();
            double[] values = x.toDoubleArray();
            for (int i = 0; i < values.length; i++) {
                double numeric =
                        (loss(manager, inputs, a, values, i, H, f, c)
                                        - loss(manager, inputs, a, values, i, -H, f, c))
                                / (2 * H);
                assertEquals(
                        numeric,
                        analytic[i],
                        1e-5 * Math.max(1, Math.abs(numeric)),
                        "input " + a + " index " + i);
            }
        }
    }

    private static double loss(
            NDManager manager,
            List<NDArray> inputs,
            int which,
            double[] values,
            int index,
            double delta,
            Function<List<NDArray>, NDArray> f,
            NDArray c) {
        double[] moved = values.clone();
        moved[index] += delta;
        List<NDArray> shifted = new java.util.ArrayList<>(inputs);
        shifted.set(which, manager.create(moved, inputs.get(which).getShape()));
        return f.apply(shifted).mul(c).sum().getDouble();
    }

    @Test
    void rmsNormGradientsMatchFiniteDifferences() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Random random = new Random(1);
            check(
                    manager,
                    List.of(random(manager, random, 2, 3, 5), random(manager, random, 5)),
                    in -> RmsNorm.rmsNorm(in.get(0), in.get(1), 1e-6f));
        }
    }

    @Test
    void pattentionGradientsMatchFiniteDifferencesForEveryNorm() {
        for (PattentionNorm norm : PattentionNorm.values()) {
            try (NDManager manager = NDManager.newBaseManager()) {
                Random random = new Random(2);
                check(
                        manager,
                        List.of(
                                random(manager, random, 2, 3, 4),
                                random(manager, random, 6, 4),
                                random(manager, random, 6, 5)),
                        in ->
                                Pattention.pattention(
                                        in.get(0),
                                        in.get(1),
                                        in.get(2),
                                        norm,
                                        (float) Math.sqrt(6)));
            }
        }
    }

    @Test
    void attentionWithRopeAndGroupedHeadsGradientsMatchFiniteDifferences() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Random random = new Random(3);
            check(
                    manager,
                    List.of(
                            random(manager, random, 1, 4, 3, 4),
                            random(manager, random, 1, 2, 3, 4),
                            random(manager, random, 1, 2, 3, 4)),
                    in ->
                            CausalSelfAttention.attend(
                                    Rope.apply(in.get(0), 2, 10_000),
                                    Rope.apply(in.get(1), 2, 10_000),
                                    in.get(2),
                                    0,
                                    0.5));
        }
    }

    @Test
    void inputsAreFloat64() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertEquals(DataType.FLOAT64, random(manager, new Random(0), 2).getDataType());
        }
    }
}
