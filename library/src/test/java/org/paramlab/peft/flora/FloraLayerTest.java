package org.paramlab.peft.flora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.nn.ModulePaths;
import org.paramlab.peft.Peft;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.PeftModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class FloraLayerTest {
    static final int[] WIDTHS = {4, 8, 8, 6};

    @BeforeAll
    static void gradModeAsInACell() {
        Engine.getInstance().setRandomSeed(1);
        ai.djl.pytorch.jni.JniUtils.setGradMode(true);
    }

    static SmallConvNet net(NDManager m, int seed) {
        Engine.getInstance().setRandomSeed(seed);
        SmallConvNet net = SmallConvNet.of(WIDTHS, 3);
        net.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(1, 1, 28, 28));
        return net;
    }

    static float[] logits(ai.djl.nn.Block model, NDManager m) {
        try (NDManager step = m.newSubManager()) {
            Engine.getInstance().setRandomSeed(11);
            NDArray x = step.randomUniform(0, 1, new Shape(2, 1, 28, 28));
            return model.forward(new ParameterStore(step, false), new NDList(x), false)
                    .head()
                    .toFloatArray();
        }
    }

    static void perturb(PeftModel peft, NDManager m) {
        for (Map.Entry<String, Parameter> e : peft.trainableParameters().entrySet()) {
            if (e.getKey().startsWith("head.")) {
                continue; // modules_to_save train in place: disabling adapters keeps them
            }
            NDArray a = e.getValue().getArray();
            try (NDManager tmp = m.newSubManager()) {
                NDArray noise = tmp.randomNormal(0, 0.3f, a.getShape(), a.getDataType());
                a.set(a.add(noise).toByteBuffer());
            }
        }
    }

    static double maxAbsDiff(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    @Test
    void deltaIsTheTuckerProductOfCoreAndFactors() {
        try (NDManager m = NDManager.newBaseManager()) {
            SmallConvNet model = net(m, 1);
            PeftModel peft =
                    Peft.wrap(
                            model,
                            FloraConfig.of(3, List.of("conv3")).withKernelRank(2).withScale(0.5));
            perturb(peft, m);
            FloraLayer layer = (FloraLayer) model.module("conv3");
            Map<String, Parameter> p = layer.adapterParameters("default");
            float[] g = p.get("flora_layer.param_G").getArray().toFloatArray(); // (3, 3, 2, 2)
            float[][] u = new float[4][];
            for (int i = 0; i < 4; i++) {
                u[i] = p.get("flora_layer.param_" + i).getArray().toFloatArray();
            }
            int[] dims = {8, 8, 3, 3}; // (in, out, k, k)
            int[] r = {3, 3, 2, 2};
            float[] delta = layer.delta("default", m).toFloatArray(); // (out, in, k, k)
            for (int in = 0; in < 8; in++) {
                for (int out = 0; out < 8; out++) {
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            double sum = 0;
                            for (int p0 = 0; p0 < 3; p0++) {
                                for (int p1 = 0; p1 < 3; p1++) {
                                    for (int p2 = 0; p2 < 2; p2++) {
                                        for (int p3 = 0; p3 < 2; p3++) {
                                            sum +=
                                                    g[((p0 * 3 + p1) * 2 + p2) * 2 + p3]
                                                            * u[0][in * r[0] + p0]
                                                            * u[1][out * r[1] + p1]
                                                            * u[2][a * r[2] + p2]
                                                            * u[3][b * r[3] + p3];
                                        }
                                    }
                                }
                            }
                            int at = ((out * dims[0] + in) * 3 + a) * 3 + b;
                            assertEquals(0.5 * sum, delta[at], 1e-5);
                        }
                    }
                }
            }
        }
    }

    @Test
    void zeroCoreLeavesTheNetworkUnchangedAndMergeAgrees() {
        for (PeftConfig config :
                List.<PeftConfig>of(
                        FloraConfig.of(2, SmallConvNet.CONVS).withModulesToSave(List.of("head")),
                        FloraConfig.of(2, List.of("conv2", "head")),
                        ConvLoraConfig.of(2, SmallConvNet.CONVS))) {
            try (NDManager m = NDManager.newBaseManager()) {
                SmallConvNet model = net(m, 2);
                float[] base = logits(model, m);
                PeftModel peft = Peft.wrap(model, config);
                assertTrue(maxAbsDiff(base, logits(model, m)) < 1e-6, config.peftType());
                perturb(peft, m);
                float[] adapted = logits(model, m);
                assertTrue(maxAbsDiff(base, adapted) > 1e-4);
                try (AutoCloseable off = peft.disableAdapters()) {
                    assertTrue(maxAbsDiff(base, logits(model, m)) < 1e-6, "disabled");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                peft.merge();
                assertTrue(maxAbsDiff(adapted, logits(model, m)) < 1e-4, "merged");
                peft.unmerge();
                assertTrue(maxAbsDiff(adapted, logits(model, m)) < 1e-5, "unmerged");
            }
        }
    }

    @Test
    void trainableCountsFollowTheClosedForms() {
        List<Shape> kernels = SmallConvNet.of(WIDTHS, 3).convShapes();
        // conv1 (4, 1, 3, 3), ranks [min(3, 1), 3, 3, 3]: 1·3·9 + 1 + 12 + 9 + 9 = 58
        assertEquals(58, FloraStudy.floraCount(kernels.subList(0, 1), 3, 0));
        assertEquals(2 * (9 + 4), FloraStudy.loraCount(kernels.subList(0, 1), 2));
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel flora =
                    Peft.wrap(net(m, 3), FloraConfig.of(3, SmallConvNet.CONVS).withKernelRank(2));
            assertEquals(FloraStudy.floraCount(kernels, 3, 2), flora.trainableCount());
            PeftModel lora = Peft.wrap(net(m, 3), ConvLoraConfig.of(2, SmallConvNet.CONVS));
            assertEquals(FloraStudy.loraCount(kernels, 2), lora.trainableCount());
        }
        assertEquals(3, FloraStudy.floraRank(kernels, FloraStudy.floraCount(kernels, 3, 0), 0));
        assertEquals(5, FloraStudy.loraRank(kernels, FloraStudy.loraCount(kernels, 5)));
    }

    @Test
    void onlyTheAdapterAndHeadGetGradients() {
        try (NDManager m = NDManager.newBaseManager()) {
            SmallConvNet model = net(m, 4);
            PeftModel peft =
                    Peft.wrap(
                            model,
                            FloraConfig.of(2, SmallConvNet.CONVS)
                                    .withModulesToSave(FloraStudy.HEAD));
            perturb(peft, m);
            var trainable = peft.trainableParameters().keySet();
            try (NDManager step = m.newSubManager();
                    GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray x = step.randomUniform(0, 1, new Shape(2, 1, 28, 28));
                NDArray y =
                        model.forward(new ParameterStore(step, false), new NDList(x), true).head();
                gc.backward(y.square().sum());
                for (Map.Entry<String, Parameter> e : ModulePaths.parameters(model).entrySet()) {
                    if (trainable.contains(e.getKey())) {
                        float[] g = e.getValue().getArray().getGradient().toFloatArray();
                        double norm = 0;
                        for (float v : g) {
                            norm += v * v;
                        }
                        assertTrue(norm > 0, e.getKey() + " got no gradient");
                    } else {
                        assertFalse(e.getValue().requiresGradient(), e.getKey() + " is not frozen");
                    }
                }
            }
            assertTrue(
                    trainable.contains("conv4.flora_layer.default.param_G"), trainable.toString());
        }
    }

    @Test
    void saveAndLoadRoundTrip(@TempDir Path dir) {
        for (PeftConfig config :
                List.<PeftConfig>of(
                        FloraConfig.of(2, SmallConvNet.CONVS).withModulesToSave(FloraStudy.HEAD),
                        ConvLoraConfig.of(2, SmallConvNet.CONVS)
                                .withModulesToSave(FloraStudy.HEAD))) {
            Path out = dir.resolve(config.peftType());
            float[] expected;
            try (NDManager m = NDManager.newBaseManager()) {
                SmallConvNet model = net(m, 5);
                PeftModel peft = Peft.wrap(model, config);
                perturb(peft, m);
                expected = logits(model, m);
                peft.save(out);
            }
            try (NDManager m = NDManager.newBaseManager()) {
                var keys =
                        org.paramlab.nn.Safetensors.read(
                                        out.resolve("adapter_model.safetensors"), m)
                                .tensors()
                                .keySet();
                String key =
                        config instanceof FloraConfig
                                ? "base_model.model.conv2.flora_layer.param_3"
                                : "base_model.model.conv2.lora_B.weight";
                assertTrue(keys.contains(key), keys.toString());
                SmallConvNet fresh = net(m, 5);
                Peft.load(fresh, out);
                assertArrayEquals(expected, logits(fresh, m), 1e-6f);
            }
        }
    }

    @Test
    void convLoraKeepsHfPeftShapes() {
        try (NDManager m = NDManager.newBaseManager()) {
            SmallConvNet model = net(m, 6);
            Peft.wrap(model, ConvLoraConfig.of(2, List.of("conv3")));
            ConvLoraLayer layer = (ConvLoraLayer) model.module("conv3");
            var p = layer.adapterParameters("default");
            assertEquals(new Shape(2, 8, 3, 3), p.get("lora_A.weight").getArray().getShape());
            assertEquals(new Shape(8, 2, 1, 1), p.get("lora_B.weight").getArray().getShape());
        }
    }

    @Test
    void upsamplingKeepsConstantsAndScalesToOne() {
        float[] src = new float[64];
        java.util.Arrays.fill(src, 16);
        float[] dst = new float[28 * 28];
        UpsampledDigits.upsample(src, 0, dst, 0);
        for (float v : dst) {
            assertEquals(1f, v, 1e-6f);
        }
        src[0] = 0; // the top-left pixel's area stays darkest
        UpsampledDigits.upsample(src, 0, dst, 0);
        assertEquals(0f, dst[0], 1e-6f);
        assertEquals(1f, dst[27 * 28 + 27], 1e-6f);
    }

    @Test
    void repeatedForwardPassesLeakNoNativeMemory() {
        for (PeftConfig config :
                List.<PeftConfig>of(
                        FloraConfig.of(2, SmallConvNet.CONVS),
                        ConvLoraConfig.of(2, SmallConvNet.CONVS))) {
            try (NDManager m = NDManager.newBaseManager()) {
                SmallConvNet model = net(m, 7);
                Peft.wrap(model, config);
                logits(model, m);
                int before = m.getManagedArrays().size();
                for (int i = 0; i < 100; i++) {
                    logits(model, m);
                }
                assertEquals(before, m.getManagedArrays().size(), config.peftType());
            }
        }
    }
}
