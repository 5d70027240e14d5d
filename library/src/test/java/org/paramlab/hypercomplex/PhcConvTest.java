package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.train.ParameterPaths;

class PhcConvTest {

    private static NDArray forward(Block block, NDArray x, NDManager m) {
        return block.forward(new ParameterStore(m, false), new NDList(x), false).head();
    }

    private static NDArray param(Block b, String name) {
        return b.getParameters().get(name).getArray();
    }

    @Test
    void kernelEqualsTheExplicitKroneckerSumOverChannels() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhcConv2d conv =
                    PhcConv2d.builder()
                            .setN(3)
                            .setIn(6)
                            .setOut(9)
                            .setKernel(3)
                            .optPadding(1)
                            .optBias(true)
                            .build();
            conv.initialize(m, DataType.FLOAT64, new Shape(2, 6, 5, 5));
            double[] h =
                    KroneckerSumTest.explicit(
                            param(conv, "rules").toDoubleArray(),
                            param(conv, "factors").toDoubleArray(),
                            3,
                            3,
                            2,
                            9);
            NDArray kernel = m.create(h, new Shape(9, 6, 3, 3));
            NDArray x = m.randomNormal(new Shape(2, 6, 5, 5), DataType.FLOAT64);
            NDArray expected =
                    Conv2d.conv2d(
                                    x,
                                    kernel,
                                    param(conv, "bias"),
                                    new Shape(1, 1),
                                    new Shape(1, 1),
                                    new Shape(1, 1),
                                    1)
                            .head();
            NDArray y = forward(conv, x, m);
            assertEquals(new Shape(2, 9, 5, 5), y.getShape());
            assertEquals(y.getShape(), conv.getOutputShapes(new Shape[] {x.getShape()})[0]);
            assertArrayEquals(expected.toDoubleArray(), y.toDoubleArray(), 1e-10);
            assertArrayEquals(
                    h, conv.weight(new ParameterStore(m, false), x).toDoubleArray(), 1e-12);
        }
    }

    @Test
    void parameterCountsAreNCubedPlusOutInKernelOverN() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhcConv1d c1 = PhcConv1d.builder().setN(2).setIn(4).setOut(6).setKernel(5).build();
            PhcConv2d c2 = PhcConv2d.builder().setN(4).setIn(64).setOut(64).setKernel(3).build();
            PhcConv3d c3 =
                    PhcConv3d.builder()
                            .setN(3)
                            .setIn(3)
                            .setOut(6)
                            .setKernel(2)
                            .optBias(true)
                            .build();
            PhcConv2d q = Quaternion.conv2d().setIn(12).setOut(24).setKernel(3).build();
            c1.initialize(m, DataType.FLOAT32, new Shape(1, 4, 9));
            c2.initialize(m, DataType.FLOAT32, new Shape(1, 64, 5, 5));
            c3.initialize(m, DataType.FLOAT32, new Shape(1, 3, 4, 4, 4));
            q.initialize(m, DataType.FLOAT32, new Shape(1, 12, 5, 5));
            assertEquals(8 + 6 * 4 * 5 / 2, ParameterPaths.count(c1));
            assertEquals(64 + 64 * 64 * 9 / 4, ParameterPaths.count(c2));
            assertEquals(27 + 6 * 3 * 8 / 3 + 6, ParameterPaths.count(c3));
            assertEquals(24 * 12 * 9 / 4, ParameterPaths.count(q));
            for (PhcConv c : new PhcConv[] {c1, c2, c3, q}) {
                assertEquals(ParameterPaths.count(c), c.parameterCount());
            }
        }
    }

    @Test
    void nEqualsOneIsTheRealConvolutionInEachDimension() {
        try (NDManager m = NDManager.newBaseManager()) {
            Shape one = new Shape(1);
            PhcConv1d c1 =
                    PhcConv1d.builder()
                            .setN(1)
                            .setIn(2)
                            .setOut(3)
                            .setKernel(3)
                            .optBias(true)
                            .build();
            c1.initialize(m, DataType.FLOAT64, new Shape(2, 2, 7));
            NDArray x1 = m.randomNormal(new Shape(2, 2, 7), DataType.FLOAT64);
            NDArray w1 =
                    param(c1, "factors")
                            .reshape(3, 2, 3)
                            .mul(param(c1, "rules").getDouble(0, 0, 0));
            assertArrayEquals(
                    Conv1d.conv1d(x1, w1, param(c1, "bias"), one, new Shape(0), one, 1)
                            .head()
                            .toDoubleArray(),
                    forward(c1, x1, m).toDoubleArray(),
                    1e-12);
            PhcConv3d c3 =
                    PhcConv3d.builder()
                            .setN(1)
                            .setIn(2)
                            .setOut(2)
                            .setKernel(2)
                            .optStride(2)
                            .build();
            c3.initialize(m, DataType.FLOAT64, new Shape(1, 2, 4, 4, 4));
            NDArray x3 = m.randomNormal(new Shape(1, 2, 4, 4, 4), DataType.FLOAT64);
            NDArray w3 =
                    param(c3, "factors")
                            .reshape(2, 2, 2, 2, 2)
                            .mul(param(c3, "rules").getDouble(0, 0, 0));
            assertArrayEquals(
                    Conv3d.conv3d(
                                    x3,
                                    w3,
                                    null,
                                    new Shape(2, 2, 2),
                                    new Shape(0, 0, 0),
                                    new Shape(1, 1, 1),
                                    1)
                            .head()
                            .toDoubleArray(),
                    forward(c3, x3, m).toDoubleArray(),
                    1e-12);
            PhcConv2d real =
                    PhcConv2d.builder()
                            .optRules(PhmRules.real())
                            .setIn(3)
                            .setOut(4)
                            .setKernel(3)
                            .build();
            real.initialize(m, DataType.FLOAT32, new Shape(1, 3, 5, 5));
            assertEquals(4 * 3 * 9, ParameterPaths.count(real)); // exactly the real conv's count
        }
    }

    @Test
    void hamiltonConvolutionIsTheQuaternionProductAtEveryPixel() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhcConv2d conv = Quaternion.conv2d().setIn(4).setOut(8).setKernel(1).build();
            conv.initialize(m, DataType.FLOAT64, new Shape(1, 4, 3, 3));
            NDArray f = param(conv, "factors").reshape(4, 2); // (components, out quaternions)
            NDArray x = m.randomNormal(new Shape(2, 4, 3, 3), DataType.FLOAT64);
            NDArray y = forward(conv, x, m); // (2, 8, 3, 3), channels component-major
            NDArray xq = x.transpose(0, 2, 3, 1).expandDims(3); // (2, 3, 3, 1, 4)
            NDArray wq = f.transpose(1, 0); // (2, 4)
            NDArray expected = Quaternion.product(wq, xq); // (2, 3, 3, 2, 4)
            NDArray got = y.reshape(2, 4, 2, 3, 3).transpose(0, 3, 4, 2, 1);
            assertArrayEquals(expected.toDoubleArray(), got.toDoubleArray(), 1e-12);
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhcConv2d conv =
                    PhcConv2d.builder()
                            .setN(2)
                            .setIn(4)
                            .setOut(2)
                            .setKernel(3)
                            .optStride(2)
                            .optBias(true)
                            .build();
            conv.initialize(m, DataType.FLOAT64, new Shape(2, 4, 6, 6));
            GradientCheck.check(conv, m.randomNormal(new Shape(2, 4, 6, 6), DataType.FLOAT64), m);
            PhcConv1d lowRank =
                    PhcConv1d.builder().setN(2).setIn(4).setOut(4).setKernel(3).optRank(1).build();
            lowRank.initialize(m, DataType.FLOAT64, new Shape(2, 4, 8));
            GradientCheck.check(lowRank, m.randomNormal(new Shape(2, 4, 8), DataType.FLOAT64), m);
        }
    }

    @Test
    void nNotDividingTheChannelsNamesTheDimensionAndTheValidChoices() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                PhcConv2d.builder()
                                        .setN(5)
                                        .setIn(12)
                                        .setOut(24)
                                        .setKernel(3)
                                        .build());
        assertEquals(
                "PhcConv2d: n = 5 must divide the input channels (in = 12) and the output channels"
                        + " (out = 24), but neither in = 12 nor out = 24 is divisible by 5. Use n in"
                        + " [1, 2, 3, 4, 6, 12].",
                e.getMessage());
        var in =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PhcConv1d.builder().setN(4).setIn(6).setOut(8).setKernel(3).build());
        assertEquals(
                "PhcConv1d: n = 4 must divide the input channels (in = 6) and the output channels"
                        + " (out = 8), but in = 6 is not divisible by 4. Use n in [1, 2].",
                in.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Quaternion.conv2d().setN(2).setIn(4).setOut(4).setKernel(3).build());
    }

    @Test
    void repeatedForwardPassesLeakNoNativeMemory() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhcConv2d conv =
                    Quaternion.conv2d().setIn(4).setOut(4).setKernel(3).optPadding(1).build();
            conv.initialize(m, DataType.FLOAT32, new Shape(1, 4, 5, 5));
            int before = m.getManagedArrays().size();
            for (int i = 0; i < 1000; i++) {
                try (NDManager step = m.newSubManager()) {
                    forward(conv, step.ones(new Shape(1, 4, 5, 5)), step);
                }
            }
            assertEquals(before, m.getManagedArrays().size());
        }
    }
}
