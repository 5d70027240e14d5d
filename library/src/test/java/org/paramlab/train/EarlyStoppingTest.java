package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;

import org.junit.jupiter.api.Test;

import java.util.Map;

class EarlyStoppingTest {

    /** A 1-weight model whose held-out "accuracy" is scripted by update number. */
    static final class Scripted implements BatchSource {
        @Override
        public TrainBatch trainBatch(NDManager m, long step) {
            return new TrainBatch(
                    new NDList(m.ones(new Shape(4, 1))), new NDList(m.zeros(new Shape(4, 1))), 4);
        }

        @Override
        public int heldOutBatches() {
            return 1;
        }

        @Override
        public TrainBatch heldOutBatch(NDManager m, int index) {
            return trainBatch(m, 0);
        }
    }

    private static Linear model(NDManager m) {
        Linear l = Linear.builder().setUnits(1).optBias(false).build();
        l.initialize(m, DataType.FLOAT32, new Shape(4, 1));
        l.getParameters().valueAt(0).getArray().set(new float[] {1f});
        return l;
    }

    private static BlockTrainer trainer(int steps, Map<Long, Double> script) {
        BatchMetric squared = (p, l) -> p.head().sub(l.head()).square().mean();
        BatchMetric scripted =
                (p, l) -> p.head().getManager().create(script.getOrDefault(0L, 0.0).floatValue());
        return new BlockTrainer(
                        TrainerConfig.defaults()
                                .withSteps(steps)
                                .withEvalEvery(1)
                                .withSchedule(LrSchedule.constant(0.1)),
                        squared)
                .withMetric("score", scripted);
    }

    @Test
    void keepsTheBestParametersAndStopsAfterPatience() {
        try (NDManager m = NDManager.newBaseManager()) {
            Linear model = model(m);
            float[][] weightAt = new float[20][];
            double[] score = {0.1, 0.5, 0.9, 0.4, 0.3, 0.2, 0.95};
            BlockTrainer t =
                    new BlockTrainer(
                                    TrainerConfig.defaults()
                                            .withSteps(7)
                                            .withEvalEvery(1)
                                            .withSchedule(LrSchedule.constant(0.1)),
                                    (p, l) -> p.head().sub(l.head()).square().mean())
                            .withMetric(
                                    "score",
                                    new BatchMetric() {
                                        int calls;

                                        @Override
                                        public NDArray evaluate(NDList p, NDList l) {
                                            weightAt[calls] =
                                                    model.getParameters()
                                                            .valueAt(0)
                                                            .getArray()
                                                            .toFloatArray();
                                            return p.head()
                                                    .getManager()
                                                    .create((float) score[calls++]);
                                        }
                                    });
            EarlyStopping.Outcome out =
                    new EarlyStopping("score", true, 3).train(t, model, new Scripted());
            assertTrue(out.stoppedEarly());
            assertEquals(0.9, out.best(), 1e-6);
            assertEquals(3, out.bestUpdate());
            assertArrayEquals(
                    weightAt[2], model.getParameters().valueAt(0).getArray().toFloatArray());
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @Test
    void withoutPatienceItRunsToTheEndAndReturnsTheResult() {
        try (NDManager m = NDManager.newBaseManager()) {
            EarlyStopping.Outcome out =
                    new EarlyStopping("score", true, 0)
                            .train(trainer(4, Map.of()), model(m), new Scripted());
            assertFalse(out.stoppedEarly());
            assertEquals(4, out.result().updates());
        }
    }

    @Test
    void unknownMetricIsNamed() {
        try (NDManager m = NDManager.newBaseManager()) {
            var e =
                    assertThrows(
                            IllegalStateException.class,
                            () ->
                                    new EarlyStopping("accuracy", true, 1)
                                            .train(trainer(2, Map.of()), model(m), new Scripted()));
            assertTrue(e.getMessage().contains("'accuracy'"), e.getMessage());
        }
    }

    @Test
    void stepTimerReportsTheMedianInterval() {
        long[] now = {0};
        StepTimer timer = new StepTimer(() -> now[0]);
        for (long dt : new long[] {0, 5_000_000, 1_000_000, 100_000_000, 2_000_000}) {
            now[0] += dt;
            timer.onUpdate(1, 1, 0, 0, 0);
        }
        assertEquals(4, timer.intervals());
        assertEquals(3.5, timer.medianMillis(), 1e-9); // intervals 5, 1, 100, 2 ms
    }
}
