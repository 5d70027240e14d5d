package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.nn.Linear;
import org.paramlab.train.ParameterPaths;

class PhmLinearTest {

    private static NDArray forward(ai.djl.nn.Block block, NDArray x, NDManager m) {
        return block.forward(new ParameterStore(m, false), new NDList(x), false).head();
    }

    @Test
    void outputIsTheInputTimesTheExplicitKroneckerSum() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhmLinear layer = PhmLinear.builder().setN(2).setIn(6).setOut(4).build();
            layer.initialize(m, DataType.FLOAT64, new Shape(5, 6));
            NDArray a = layer.getParameters().get("rules").getArray();
            NDArray f = layer.getParameters().get("factors").getArray();
            NDArray b = layer.getParameters().get("bias").getArray();
            double[] h =
                    KroneckerSumTest.explicit(a.toDoubleArray(), f.toDoubleArray(), 2, 2, 3, 1);
            NDArray x = m.randomNormal(new Shape(5, 6), DataType.FLOAT64);
            NDArray expected = x.matMul(m.create(h, new Shape(4, 6)).transpose()).add(b);
            assertArrayEquals(
                    expected.toDoubleArray(), forward(layer, x, m).toDoubleArray(), 1e-12);
        }
    }

    @Test
    void parameterCountsAreExact() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhmLinear own = PhmLinear.builder().setN(4).setIn(16).setOut(8).build();
            PhmLinear fixed = Quaternion.linear().setIn(16).setOut(8).optBias(false).build();
            PhmLinear lowRank =
                    PhmLinear.builder().setN(4).setIn(384).setOut(12).optRank(1).build();
            for (PhmLinear l : new PhmLinear[] {own, fixed, lowRank}) {
                l.initialize(m, DataType.FLOAT32, new Shape(1, l.in()));
            }
            assertEquals(64 + 16 * 8 / 4 + 8, ParameterPaths.count(own));
            assertEquals(16 * 8 / 4, ParameterPaths.count(fixed));
            assertEquals(64 + 4 * (3 + 96) + 12, ParameterPaths.count(lowRank));
            assertEquals(ParameterPaths.count(lowRank), lowRank.parameterCount());
        }
    }

    @Test
    void nEqualsOneIsARealLinearLayer() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhmLinear phm = PhmLinear.builder().setN(1).setIn(5).setOut(3).build();
            phm.initialize(m, DataType.FLOAT64, new Shape(2, 5));
            double a = phm.getParameters().get("rules").getArray().getDouble(0, 0, 0);
            NDArray w = phm.getParameters().get("factors").getArray().reshape(3, 5).mul(a);
            NDArray b = phm.getParameters().get("bias").getArray();
            NDArray x = m.randomNormal(new Shape(2, 5), DataType.FLOAT64);
            assertArrayEquals(
                    Linear.linear(x, w, b).toDoubleArray(),
                    forward(phm, x, m).toDoubleArray(),
                    1e-12);
        }
    }

    @Test
    void hamiltonRulesWithNEqualsFourComputeTheQuaternionProduct() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 2 input quaternions → 3 output quaternions; F (4, 3, 2) holds the weight quaternions
            PhmLinear layer = Quaternion.linear().setIn(8).setOut(12).optBias(false).build();
            layer.initialize(m, DataType.FLOAT64, new Shape(1, 8));
            NDArray f = layer.getParameters().get("factors").getArray(); // (4 components, 3, 2)
            NDArray x = m.randomNormal(new Shape(7, 8), DataType.FLOAT64); // component-major
            NDArray y = forward(layer, x, m); // (7, 12) component-major
            NDArray xq = x.reshape(7, 4, 2).transpose(0, 2, 1); // (7, 2, 4)
            NDArray wq = f.transpose(1, 2, 0); // (3, 2, 4)
            // y_c = Σ_d w_{c,d} ⊗ x_d
            NDArray expected =
                    Quaternion.product(wq.expandDims(0), xq.expandDims(1)).sum(new int[] {2});
            NDArray got = y.reshape(7, 4, 3).transpose(0, 2, 1); // (7, 3, 4)
            assertArrayEquals(expected.toDoubleArray(), got.toDoubleArray(), 1e-12);
        }
    }

    @Test
    void quaternionProductMatchesHandComputedValues() {
        try (NDManager m = NDManager.newBaseManager()) {
            // i ⊗ j = k, j ⊗ i = −k, (1 + 2i + 3j + 4k)(5 + 6i + 7j + 8k) = −60 + 12i + 30j + 24k
            NDArray p = m.create(new float[][] {{0, 1, 0, 0}, {0, 0, 1, 0}, {1, 2, 3, 4}});
            NDArray q = m.create(new float[][] {{0, 0, 1, 0}, {0, 1, 0, 0}, {5, 6, 7, 8}});
            assertArrayEquals(
                    new float[] {0, 0, 0, 1, 0, 0, 0, -1, -60, 12, 30, 24},
                    Quaternion.product(p, q).toFloatArray());
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhmLinear full = PhmLinear.builder().setN(2).setIn(4).setOut(6).build();
            full.initialize(m, DataType.FLOAT64, new Shape(3, 4));
            GradientCheck.check(full, m.randomNormal(new Shape(3, 4), DataType.FLOAT64), m);
            PhmLinear lowRank =
                    PhmLinear.builder()
                            .setN(2)
                            .setIn(8)
                            .setOut(6)
                            .optRank(2)
                            .optInit(PhmInit.COMPACTER)
                            .build();
            lowRank.initialize(m, DataType.FLOAT64, new Shape(3, 8));
            lowRank.getParameters().get("rules").getArray().muli(1e4); // out of the tiny init
            GradientCheck.check(lowRank, m.randomNormal(new Shape(3, 8), DataType.FLOAT64), m);
        }
    }

    @Test
    void nNotDividingTheFeaturesNamesTheDimensionAndTheValidChoices() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PhmLinear.builder().setN(4).setIn(12).setOut(10).build());
        assertEquals(
                "PhmLinear: n = 4 must divide the input features (in = 12) and the output features"
                        + " (out = 10), but out = 10 is not divisible by 4. Use n in [1, 2].",
                e.getMessage());
    }

    @Test
    void sharedRulesAreReadNotOwned() {
        try (NDManager m = NDManager.newBaseManager()) {
            SharedRules shared = SharedRules.of(2, PhmInit.PHNN);
            shared.initialize(m, DataType.FLOAT64, new Shape(1));
            PhmLinear a =
                    PhmLinear.builder()
                            .setN(2)
                            .setIn(4)
                            .setOut(4)
                            .optRules(PhmRules.shared(shared))
                            .build();
            a.initialize(m, DataType.FLOAT64, new Shape(1, 4));
            assertTrue(a.getParameters().get("rules") == null);
            assertEquals(8 + 4, ParameterPaths.count(a));
            Parameter rules = shared.parameter();
            NDArray x = m.randomNormal(new Shape(2, 4), DataType.FLOAT64);
            double[] before = forward(a, x, m).toDoubleArray();
            rules.getArray().muli(2);
            double[] after = forward(a, x, m).toDoubleArray();
            NDArray b = a.getParameters().get("bias").getArray();
            // the output's weight part doubles with the rules
            double[] bias = b.toDoubleArray();
            for (int i = 0; i < after.length; i++) {
                assertEquals(2 * (before[i] - bias[i % 4]), after[i] - bias[i % 4], 1e-12);
            }
        }
    }

    @Test
    void repeatedForwardPassesLeakNoNativeMemory() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhmLinear layer = PhmLinear.builder().setN(4).setIn(8).setOut(8).optRank(1).build();
            layer.initialize(m, DataType.FLOAT32, new Shape(2, 8));
            NDArray x = m.randomNormal(new Shape(2, 8));
            int before = m.getManagedArrays().size();
            for (int i = 0; i < 1000; i++) {
                try (NDManager step = m.newSubManager()) {
                    NDArray xs = x.duplicate();
                    xs.attach(step);
                    forward(layer, xs, step);
                }
            }
            assertEquals(before, m.getManagedArrays().size());
        }
    }
}
