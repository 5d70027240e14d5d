package org.paramlab.hypercomplex;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchSource;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.GradMode;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.TrainBatch;
import org.paramlab.train.TrainResult;
import org.paramlab.train.TrainerConfig;

/**
 * The PHNN papers' toy: can a PHM layer with learned rules discover Hamilton's product from data? A
 * hidden quaternion layer {@code y = H* x}, {@code H* = Σᵢ Hᵢ ⊗ S*ᵢ} with Hamilton's rules {@code
 * Hᵢ} ({@link Quaternion#rules()}) and random blocks {@code S*ᵢ}, maps random inputs to targets; a
 * {@link PhmLinear} with n = 4 and learned rules is fitted to the pairs by full-batch AdamW on the
 * mean squared error (after the tutorials of eleGAN23/HyperNets).
 *
 * <p>What is measured: the held-out MSE, the relative error of the learned {@code H = Σᵢ Aᵢ ⊗ Sᵢ}
 * against {@code H*}, and whether the learned rules live in Hamilton's algebra: the share of {@code
 * ‖A‖²} outside {@code span{H₁…H₄}}. If {@code H = H*} exactly and the learned {@code Sᵢ} are
 * independent, the rearrangement {@code Σ vec(Aᵢ)vec(Sᵢ)ᵀ = Σ vec(Hᵢ)vec(S*ᵢ)ᵀ} puts every {@code
 * Aᵢ} in that span (Van Loan and Pitsianis 1993), so the share tends to 0: the layer has learned
 * the quaternion rules up to a change of basis.
 */
public final class HamiltonToy {
    private HamiltonToy() {}

    /**
     * Fits the toy.
     *
     * @throws java.util.concurrent.CancellationException if the cell is interrupted
     */
    public static HamiltonToyResult run(HamiltonToyConfig config) {
        int side = config.quaternions() * 4;
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed((int) config.seed());
            NDArray rules = m.create(Quaternion.rules(), new Shape(4, 4, 4));
            NDArray blocks =
                    m.randomNormal(new Shape(4, config.quaternions(), config.quaternions()));
            NDArray target = KroneckerSum.of(rules, blocks); // (side, side)
            NDArray xTrain = m.randomNormal(new Shape(config.samples(), side));
            NDArray xTest = m.randomNormal(new Shape(config.samples() / 4 + 1, side));
            Pairs data =
                    new Pairs(
                            xTrain,
                            xTrain.matMul(target.transpose()),
                            xTest,
                            xTest.matMul(target.transpose()));
            PhmLinear phm =
                    PhmLinear.builder().setN(4).setIn(side).setOut(side).optBias(false).build();
            phm.initialize(m, DataType.FLOAT32, new Shape(1, side));
            TrainerConfig trainer =
                    TrainerConfig.defaults()
                            .withSteps(config.steps())
                            .withSchedule(LrSchedule.cosine(config.learningRate(), 0.05, 0.01))
                            .withOptimizer(AdamWConfig.defaults())
                            .withEvalEvery(config.steps())
                            .withSeed(config.seed())
                            .withDisplay(config.display());
            TrainResult result;
            try (GradMode off = GradMode.disabled()) {
                result =
                        new BlockTrainer(trainer, (p, l) -> p.head().sub(l.head()).square().mean())
                                .train(phm, data);
            }
            try (NDManager step = m.newSubManager();
                    GradMode off = GradMode.disabled()) {
                ParameterStore ps = new ParameterStore(step, false);
                NDArray learned = phm.weight(ps, xTest);
                NDArray a = phm.getParameters().get("rules").getArray();
                double mse =
                        phm.forward(ps, new NDList(xTest), false)
                                .head()
                                .sub(data.yTest)
                                .square()
                                .mean()
                                .getFloat();
                double relative = learned.sub(target).norm().getFloat() / target.norm().getFloat();
                return new HamiltonToyResult(
                        config,
                        mse,
                        relative,
                        outsideHamiltonSpan(a.toFloatArray()),
                        learned.toFloatArray(),
                        target.toFloatArray(),
                        result.trainLoss().y());
            }
        }
    }

    /**
     * The share of {@code Σᵢ ‖Aᵢ‖²} outside {@code span{H₁…H₄}}; Hamilton's matrices are orthogonal
     * with {@code ‖Hⱼ‖² = 4}, so the projection is {@code Σⱼ ⟨Aᵢ, Hⱼ⟩/4 · Hⱼ}.
     *
     * @param rules {@code (4, 4, 4)} row-major
     */
    public static double outsideHamiltonSpan(float[] rules) {
        float[] h = Quaternion.rules();
        double total = 0;
        double outside = 0;
        for (int i = 0; i < 4; i++) {
            double[] residual = new double[16];
            for (int e = 0; e < 16; e++) {
                residual[e] = rules[i * 16 + e];
                total += residual[e] * residual[e];
            }
            for (int j = 0; j < 4; j++) {
                double dot = 0;
                for (int e = 0; e < 16; e++) {
                    dot += rules[i * 16 + e] * h[j * 16 + e];
                }
                for (int e = 0; e < 16; e++) {
                    residual[e] -= dot / 4 * h[j * 16 + e];
                }
            }
            for (double r : residual) {
                outside += r * r;
            }
        }
        return outside / total;
    }

    /** The whole training set every update; the held-out pairs as one batch. */
    private record Pairs(NDArray xTrain, NDArray yTrain, NDArray xTest, NDArray yTest)
            implements BatchSource {
        @Override
        public TrainBatch trainBatch(NDManager manager, long step) {
            return batch(manager, xTrain, yTrain);
        }

        @Override
        public int heldOutBatches() {
            return 1;
        }

        @Override
        public TrainBatch heldOutBatch(NDManager manager, int index) {
            return batch(manager, xTest, yTest);
        }

        private static TrainBatch batch(NDManager manager, NDArray x, NDArray y) {
            NDArray xs = x.duplicate();
            NDArray ys = y.duplicate();
            xs.attach(manager);
            ys.attach(manager);
            return new TrainBatch(new NDList(xs), new NDList(ys), x.getShape().get(0));
        }
    }
}
