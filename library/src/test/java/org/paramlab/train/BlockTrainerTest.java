package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CancellationException;

class BlockTrainerTest {

    /** Tiny models train fastest on one intra-op thread, and a busy machine does not stall it. */
    @org.junit.jupiter.api.BeforeAll
    static void singleThreaded() {
        org.paramlab.train.EngineThreads.set(1);
    }

    /** Two Gaussian classes in 4-D, separable by the sign of x·(1, −1, 0.5, 0). */
    static final class Blobs implements BatchSource {
        private final int batch;
        private final int nanFrom;

        Blobs(int batch, int nanFrom) {
            this.batch = batch;
            this.nanFrom = nanFrom;
        }

        private TrainBatch make(NDManager manager, long seed, boolean nan) {
            Random random = new Random(seed);
            float[] x = new float[batch * 4];
            int[] y = new int[batch];
            for (int i = 0; i < batch; i++) {
                double s = 0;
                for (int j = 0; j < 4; j++) {
                    x[4 * i + j] = nan ? Float.NaN : (float) random.nextGaussian();
                }
                s = x[4 * i] - x[4 * i + 1] + 0.5 * x[4 * i + 2];
                y[i] = s > 0 ? 1 : 0;
            }
            return new TrainBatch(
                    new NDList(manager.create(x, new Shape(batch, 4))),
                    new NDList(manager.create(y)),
                    batch);
        }

        @Override
        public TrainBatch trainBatch(NDManager manager, long step) {
            return make(manager, 1000 + step, nanFrom >= 0 && step >= nanFrom);
        }

        @Override
        public int heldOutBatches() {
            return 2;
        }

        @Override
        public TrainBatch heldOutBatch(NDManager manager, int index) {
            return make(manager, -1 - index, false);
        }
    }

    private static Block classifier(NDManager manager, long seed) {
        manager.getEngine().setRandomSeed((int) seed);
        Block block = Linear.builder().setUnits(2).build();
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
        return block;
    }

    private static TrainerConfig config(int steps) {
        return TrainerConfig.defaults()
                .withSteps(steps)
                .withSchedule(LrSchedule.cosine(0.05, 0.1, 0.1))
                .withEvalEvery(10);
    }

    @Test
    void linearClassifierLearnsSeparableData() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block model = classifier(manager, 1);
            var trainer =
                    new BlockTrainer(config(150), BatchMetric.crossEntropy())
                            .withMetric("accuracy", BatchMetric.accuracy());
            TrainResult result = trainer.train(model, new Blobs(64, -1));
            assertEquals(StopReason.COMPLETED, result.stopReason());
            assertEquals(150, result.updates());
            assertEquals(150 * 64, result.tokens());
            assertTrue(result.finalMetrics().get("accuracy") > 0.95, result.toString());
            assertTrue(result.finalLoss() < result.trainLoss().y()[0] / 2, result.toString());
            assertEquals(15, result.heldOutLoss().size()); // at 10, 20, …, 140 and after the last
            assertEquals(1, trainer.invocations());
        }
    }

    @Test
    void recordedRatesFollowTheSchedule() {
        try (NDManager manager = NDManager.newBaseManager()) {
            var config = config(40).withLogEvery(1);
            TrainResult result =
                    new BlockTrainer(config, BatchMetric.crossEntropy())
                            .train(classifier(manager, 2), new Blobs(16, -1));
            assertArrayEquals(config.schedule().curve(40), result.learningRate().y(), 1e-12);
        }
    }

    @Test
    void aNanLossStopsTheRunAsDiverged() {
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainResult result =
                    new BlockTrainer(config(50), BatchMetric.crossEntropy())
                            .train(classifier(manager, 3), new Blobs(16, 7));
            assertEquals(StopReason.DIVERGED, result.stopReason());
            assertEquals(7, result.updates());
            assertTrue(Double.isNaN(result.finalLoss()));
        }
    }

    @Test
    void theTokenBudgetStopsTheRunEarly() {
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainResult result =
                    new BlockTrainer(
                                    config(100).withTokenBudget(16 * 30),
                                    BatchMetric.crossEntropy())
                            .train(classifier(manager, 4), new Blobs(16, -1));
            assertEquals(StopReason.TOKEN_BUDGET, result.stopReason());
            assertEquals(30, result.updates());
        }
    }

    @Test
    void anInterruptedRunResumesFromItsCheckpointToTheSameWeights(@TempDir Path dir) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block straight = classifier(manager, 5);
            new BlockTrainer(config(30), BatchMetric.crossEntropy())
                    .train(straight, new Blobs(16, -1));

            var checkpointed = config(30).withCheckpoints(dir.resolve("ckpt").toString(), 5);
            Block resumed = classifier(manager, 5);
            TrainListener crash =
                    new TrainListener() {
                        @Override
                        public void onUpdate(long u, long t, double l, double r, double g) {
                            if (u == 17) {
                                throw new CancellationException("simulated interrupt");
                            }
                        }
                    };
            assertThrows(
                    CancellationException.class,
                    () ->
                            new BlockTrainer(checkpointed, BatchMetric.crossEntropy())
                                    .withListener(crash)
                                    .train(resumed, new Blobs(16, -1)));
            TrainResult result =
                    new BlockTrainer(checkpointed, BatchMetric.crossEntropy())
                            .train(resumed, new Blobs(16, -1));
            assertEquals(17, result.provenance().resumedFromUpdate());
            assertEquals(30, result.updates());
            assertEquals(30, result.trainLoss().size());
            for (var entry : ParameterPaths.of(straight).entrySet()) {
                assertArrayEquals(
                        entry.getValue().getArray().toFloatArray(),
                        ParameterPaths.of(resumed).get(entry.getKey()).getArray().toFloatArray(),
                        1e-6f,
                        entry.getKey());
            }
        }
    }

    @Test
    void trainingLeavesNoArraysBehindInTheModelsManager() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block model = classifier(manager, 6);
            var trainer = new BlockTrainer(config(5), BatchMetric.crossEntropy());
            trainer.train(model, new Blobs(8, -1)); // warm-up: lazily created state
            int before = manager.getManagedArrays().size();
            new BlockTrainer(config(200).withEvalEvery(20), BatchMetric.crossEntropy())
                    .train(model, new Blobs(8, -1));
            assertEquals(before, manager.getManagedArrays().size());
        }
    }

    @Test
    void optimizerStateIsKeptWhenAsked() {
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainResult result =
                    new BlockTrainer(
                                    config(10).withKeepOptimizerState(true),
                                    BatchMetric.crossEntropy())
                            .train(classifier(manager, 7), new Blobs(8, -1));
            assertEquals(10, result.optimizerState().updates());
            assertEquals(2, result.optimizerState().moments().size());
        }
    }

    @Test
    void twoRunsTrainInParallelThreadsAsTheyWouldOneAfterTheOther() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block a = classifier(manager, 8);
            Block b = classifier(manager, 9);
            var trainer = new BlockTrainer(config(40), BatchMetric.crossEntropy());
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var fa = pool.submit(() -> trainer.train(a, new Blobs(16, -1)));
                var fb = pool.submit(() -> trainer.train(b, new Blobs(16, -1)));
                double parallelA = fa.get().finalLoss();
                double parallelB = fb.get().finalLoss();
                Block sequential = classifier(manager, 8);
                double again = trainer.train(sequential, new Blobs(16, -1)).finalLoss();
                assertEquals(again, parallelA, 1e-6);
                assertTrue(Double.isFinite(parallelB));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void parameterPathsDropDjlOrdinals() {
        assertEquals("layers", ParameterPaths.strip("02layers", 2));
        assertEquals("0", ParameterPaths.strip("010", 1));
        assertEquals("x", ParameterPaths.strip("x", 3));
    }
}
