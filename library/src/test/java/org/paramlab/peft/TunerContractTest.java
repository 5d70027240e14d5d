package org.paramlab.peft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paramlab.models.BertConfig;
import org.paramlab.nn.ModulePaths;
import org.paramlab.nn.Safetensors;
import org.paramlab.peft.adapter.BottleneckConfig;
import org.paramlab.peft.bitfit.BitFitConfig;
import org.paramlab.peft.compacter.CompacterConfig;
import org.paramlab.peft.flora.ConvLoraConfig;
import org.paramlab.peft.flora.FloraConfig;
import org.paramlab.peft.full.FullFineTuningConfig;
import org.paramlab.peft.ia3.Ia3Config;
import org.paramlab.peft.lntuning.LnTuningConfig;
import org.paramlab.peft.loha.LohaConfig;
import org.paramlab.peft.lokr.LokrConfig;
import org.paramlab.peft.lora.LoraConfig;
import org.paramlab.peft.lora.LoraVariant;
import org.paramlab.peft.prefix.PrefixTuningConfig;
import org.paramlab.peft.prompt.PromptTuningConfig;
import org.paramlab.peft.vera.VeraConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every method through the same contract, as HF PEFT's {@code test_custom_models.py}: parameter
 * counts equal the closed form, adapters start as the identity where the method says so, a disabled
 * adapter gives the base output, merged equals unmerged, only the intended parameters get gradients
 * and those gradients match finite differences, save/load round-trips, and repeated forward passes
 * (1,000 for LoRA) leak no native memory.
 */
class TunerContractTest {
    static final List<String> HEAD = List.of("classifier");

    /**
     * One method under test.
     *
     * @param name label
     * @param config the config, head included in {@code modules_to_save}
     * @param count closed-form trainable count without the head
     * @param mergeable whether merge and mergeAndUnload apply
     * @param restorable whether disabling gives the base output (false for in-place full FT)
     * @param identityAtStart whether the fresh adapter leaves the output unchanged
     * @param savedKey a key the saved file must contain
     */
    record Case(
            String name,
            PeftConfig config,
            long count,
            boolean mergeable,
            boolean restorable,
            boolean identityAtStart,
            String savedKey) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        BertConfig c = TinyBert.CONFIG;
        long h = c.hiddenSize();
        long i = c.intermediateSize();
        long l = c.numLayers();
        String q = "base_model.model.bert.encoder.layer.0.attention.self.query.";
        int r = 4;
        long lora = l * 2 * r * (h + h);
        long[] w1w2 = lokrCount(1);
        long layerParams = 4 * (h * h + h) + (h * i + i) + (i * h + h) + 4 * h;
        return Stream.of(
                new Case(
                        "lora",
                        LoraConfig.defaults().withRank(r).withModulesToSave(HEAD),
                        lora,
                        true,
                        true,
                        true,
                        q + "lora_A.weight"),
                new Case(
                        "rslora",
                        LoraConfig.defaults()
                                .withRank(r)
                                .withVariant(LoraVariant.rsLora())
                                .withModulesToSave(HEAD),
                        lora,
                        true,
                        true,
                        true,
                        q + "lora_B.weight"),
                new Case(
                        "dora",
                        LoraConfig.defaults()
                                .withRank(r)
                                .withVariant(LoraVariant.dora())
                                .withModulesToSave(HEAD),
                        lora + l * 2 * h,
                        true,
                        true,
                        true,
                        q + "lora_magnitude_vector"),
                new Case(
                        "ia3",
                        Ia3Config.defaults().withModulesToSave(HEAD),
                        l * (3 * h + i),
                        true,
                        true,
                        true,
                        "base_model.model.bert.encoder.layer.0.attention.self.key.ia3_l"),
                new Case(
                        "bitfit",
                        BitFitConfig.defaults().withModulesToSave(HEAD),
                        l * (7 * h + i) + h,
                        true,
                        true,
                        true,
                        q + "bias"),
                new Case(
                        "ln-tuning",
                        LnTuningConfig.defaults().withModulesToSave(HEAD),
                        (2 * l + 1) * 2 * h,
                        true,
                        true,
                        true,
                        "base_model.model.bert.embeddings.LayerNorm.ln_tuning_layers.weight"),
                new Case(
                        "houlsby",
                        BottleneckConfig.houlsby(r).withModulesToSave(HEAD),
                        2 * l * (2 * h * r + r + h),
                        false,
                        true,
                        true,
                        "base_model.model.bert.encoder.layer.0.output.dense.adapter_down.weight"),
                new Case(
                        "pfeiffer",
                        BottleneckConfig.pfeiffer(r).withModulesToSave(HEAD),
                        l * (2 * h * r + r + h),
                        false,
                        true,
                        true,
                        "base_model.model.bert.encoder.layer.1.output.dense.adapter_up.bias"),
                new Case(
                        "parallel",
                        BottleneckConfig.parallel(r).withModulesToSave(HEAD),
                        l * (2 * h * r + r + h),
                        false,
                        true,
                        true,
                        "base_model.model.bert.encoder.layer.0.output.adapter_down.bias"),
                new Case(
                        "compacter",
                        CompacterConfig.compacter().withBottleneckSize(r).withModulesToSave(HEAD),
                        2 * l * ((r + h) + r + (r + h) + h) + 2 * 64,
                        false,
                        true,
                        true,
                        "base_model.phm_rule_down"),
                new Case(
                        "compacter++",
                        CompacterConfig.compacterPlusPlus()
                                .withBottleneckSize(r)
                                .withModulesToSave(HEAD),
                        l * ((r + h) + r + (r + h) + h) + 2 * 64,
                        false,
                        true,
                        true,
                        "base_model.model.bert.encoder.layer.1.output.dense.adapter_up.W_right"),
                new Case(
                        "phm-adapter",
                        new CompacterConfig(
                                org.paramlab.peft.adapter.Placement.HOULSBY,
                                r,
                                4,
                                0,
                                false,
                                "gelu",
                                false,
                                null,
                                HEAD),
                        2 * l * (2 * 64 + 2 * (r * h / 4) + r + h),
                        false,
                        true,
                        true,
                        "base_model.model.bert.encoder.layer.0.output.dense.adapter_up.phm_rule"),
                new Case(
                        "flora",
                        FloraConfig.of(r, List.of("query", "value")).withModulesToSave(HEAD),
                        l * 2 * (r * r + 2 * h * r),
                        true,
                        true,
                        true,
                        q + "flora_layer.param_G"),
                new Case(
                        "lora-conv",
                        ConvLoraConfig.of(r, List.of("query", "value")).withModulesToSave(HEAD),
                        lora,
                        true,
                        true,
                        true,
                        q + "lora_A.weight"),
                new Case(
                        "prompt",
                        PromptTuningConfig.of(3).withModulesToSave(HEAD),
                        3 * h,
                        false,
                        true,
                        false,
                        "prompt_embeddings"),
                new Case(
                        "prompt-vocab",
                        PromptTuningConfig.of(3)
                                .withInit(PromptTuningConfig.Init.SAMPLE_VOCAB)
                                .withModulesToSave(HEAD),
                        3 * h,
                        false,
                        true,
                        false,
                        "prompt_embeddings"),
                new Case(
                        "prefix",
                        PrefixTuningConfig.of(3).withModulesToSave(HEAD),
                        l * 2 * 3 * h,
                        false,
                        true,
                        false,
                        "prompt_embeddings"),
                new Case(
                        "loha",
                        LohaConfig.defaults().withRank(2).withModulesToSave(HEAD),
                        l * 2 * 2 * 2 * (h + h),
                        true,
                        true,
                        true,
                        q + "hada_w2_b"),
                new Case(
                        "lokr",
                        LokrConfig.defaults().withRank(1).withModulesToSave(HEAD),
                        l * 2 * (w1w2[0] + w1w2[1]),
                        true,
                        true,
                        true,
                        q + "lokr_w2_a"),
                new Case(
                        "vera",
                        VeraConfig.defaults().withRank(8).withModulesToSave(HEAD),
                        l * 2 * (8 + h),
                        true,
                        true,
                        true,
                        "base_model.vera_A"),
                new Case(
                        "top-layer",
                        FullFineTuningConfig.topLayers(1, (int) l).withModulesToSave(HEAD),
                        layerParams,
                        false,
                        false,
                        true,
                        "base_model.model.bert.encoder.layer.1.output.dense.weight"),
                new Case(
                        "linear-probe",
                        FullFineTuningConfig.linearProbe().withModulesToSave(HEAD),
                        0,
                        false,
                        false,
                        true,
                        "base_model.model.classifier.weight"));
    }

    /** LoKr parameters of one H × H layer at rank r: {@code [W₁ size, W₂ size]}. */
    static long[] lokrCount(int r) {
        int[] f = org.paramlab.peft.lokr.LokrLinear.factorization(TinyBert.CONFIG.hiddenSize(), -1);
        long w1 = (long) f[0] * f[0];
        long w2 = r < f[1] / 2.0 ? 2L * f[1] * r : (long) f[1] * f[1];
        return new long[] {w1, w2};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trainableCountEqualsClosedForm(Case c) {
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel peft = Peft.wrap(TinyBert.classifier(m, 1), c.config());
            assertEquals(c.count() + TinyBert.HEAD, peft.trainableCount(), peft.summary());
            assertEquals(
                    peft.trainableCount(),
                    peft.parameterReport().longColumn("count").sum()
                            - (peft.totalCount() - peft.trainableCount()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void freshAdapterKeepsOrChangesTheOutputAsDeclared(Case c) {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 2);
            float[] base = TinyBert.logits(model, m);
            Peft.wrap(model, c.config());
            double diff = TinyBert.maxAbsDiff(base, TinyBert.logits(model, m));
            if (c.identityAtStart()) {
                assertTrue(diff < 1e-6, "fresh adapter changed the output by " + diff);
            } else {
                assertTrue(diff > 1e-6, "prompt-like adapter should change the output");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void disabledAdapterGivesTheBaseOutput(Case c) {
        if (!c.restorable()) {
            return;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 3);
            float[] base = TinyBert.logits(model, m);
            PeftModel peft = Peft.wrap(model, c.config());
            TinyBert.perturb(peft, m);
            assertTrue(TinyBert.maxAbsDiff(base, TinyBert.logits(model, m)) > 1e-4);
            try (AutoCloseable off = peft.disableAdapters()) {
                assertTrue(peft.trainableParameters().isEmpty());
                assertTrue(TinyBert.maxAbsDiff(base, TinyBert.logits(model, m)) < 1e-6);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertFalse(peft.trainableParameters().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergedOutputEqualsUnmergedOutput(Case c) {
        if (!c.mergeable()) {
            return;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 4);
            PeftModel peft = Peft.wrap(model, c.config());
            TinyBert.perturb(peft, m);
            float[] unmerged = TinyBert.logits(model, m);
            peft.merge();
            assertTrue(TinyBert.maxAbsDiff(unmerged, TinyBert.logits(model, m)) < 1e-4, "merged");
            // grad mode is on (as in a cell): the merge must not leave a graph behind the base
            // weights, or the next backward passes run into it (freed after the first one)
            backwardTwice(model, m);
            peft.merge(); // idempotent
            assertTrue(TinyBert.maxAbsDiff(unmerged, TinyBert.logits(model, m)) < 1e-4, "twice");
            peft.unmerge();
            assertTrue(TinyBert.maxAbsDiff(unmerged, TinyBert.logits(model, m)) < 1e-5, "unmerged");
            Block plain = peft.mergeAndUnload();
            assertTrue(
                    ModulePaths.modules(plain).values().stream()
                            .noneMatch(b -> b instanceof TunerLayer));
            assertTrue(TinyBert.maxAbsDiff(unmerged, TinyBert.logits(plain, m)) < 1e-4, "unloaded");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyTheIntendedParametersGetGradientsAndTheyMatchFiniteDifferences(Case c) {
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 5);
            PeftModel peft = Peft.wrap(model, c.config());
            TinyBert.perturb(peft, m);
            Set<String> trainable = peft.trainableParameters().keySet();
            NDArray weights = m.randomNormal(new ai.djl.ndarray.types.Shape(2, TinyBert.CLASSES));
            Map<String, float[]> grads = new java.util.LinkedHashMap<>();
            try (NDManager step = m.newSubManager();
                    GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y =
                        model.forward(new ParameterStore(step, false), TinyBert.inputs(step), false)
                                .head();
                gc.backward(y.mul(weights).sum());
                for (Map.Entry<String, Parameter> e : ModulePaths.parameters(model).entrySet()) {
                    if (trainable.contains(e.getKey())) {
                        grads.put(e.getKey(), e.getValue().getArray().getGradient().toFloatArray());
                    } else {
                        assertFalse(e.getValue().requiresGradient(), e.getKey() + " is not frozen");
                    }
                }
            }
            for (Map.Entry<String, float[]> e : grads.entrySet()) {
                double norm = 0;
                for (float g : e.getValue()) {
                    norm += g * g;
                }
                assertTrue(norm > 0, e.getKey() + " got no gradient");
            }
            String probe =
                    grads.keySet().stream()
                            .filter(k -> !k.startsWith("classifier"))
                            .findFirst()
                            .orElse("classifier.weight");
            checkFiniteDifferences(
                    model,
                    m,
                    weights,
                    ModulePaths.parameters(model).get(probe),
                    grads.get(probe),
                    probe);
        }
    }

    /** Two training backward passes through {@code model}; throws if one fails. */
    private static void backwardTwice(Block model, NDManager m) {
        for (int pass = 0; pass < 2; pass++) {
            try (NDManager step = m.newSubManager();
                    GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y =
                        model.forward(new ParameterStore(step, false), TinyBert.inputs(step), true)
                                .head();
                gc.backward(y.square().sum());
            }
        }
    }

    /** Central differences at the three entries of largest gradient. */
    private static void checkFiniteDifferences(
            Block model, NDManager m, NDArray weights, Parameter p, float[] grad, String name) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < grad.length; k++) {
            order.add(k);
        }
        order.sort((a, b) -> Float.compare(Math.abs(grad[b]), Math.abs(grad[a])));
        NDArray a = p.getArray();
        float[] original = a.toFloatArray();
        double eps = 1e-2;
        for (int k : order.subList(0, Math.min(3, order.size()))) {
            float[] v = original.clone();
            v[k] += (float) eps;
            a.set(v);
            double plus = loss(model, m, weights);
            v[k] -= (float) (2 * eps);
            a.set(v);
            double minus = loss(model, m, weights);
            a.set(original);
            double numeric = (plus - minus) / (2 * eps);
            assertEquals(grad[k], numeric, 2e-3 + 2e-2 * Math.abs(grad[k]), name + "[" + k + "]");
        }
    }

    private static double loss(Block model, NDManager m, NDArray weights) {
        try (NDManager step = m.newSubManager()) {
            NDArray y =
                    model.forward(new ParameterStore(step, false), TinyBert.inputs(step), false)
                            .head();
            return y.mul(weights).sum().getFloat();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void saveAndLoadRoundTripWithPeftKeyNames(Case c, @TempDir Path dir) throws Exception {
        float[] expected;
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 6);
            PeftModel peft = Peft.wrap(model, c.config());
            TinyBert.perturb(peft, m);
            for (Parameter p : ModulePaths.parameters(model.module("classifier")).values()) {
                p.getArray().set(p.getArray().add(0.5f).toByteBuffer());
            }
            expected = TinyBert.logits(model, m);
            peft.save(dir);
        }
        String config = Files.readString(dir.resolve("adapter_config.json"));
        assertTrue(config.contains("\"peft_type\": \"" + c.config().peftType() + "\""), config);
        try (NDManager m = NDManager.newBaseManager()) {
            Set<String> keys =
                    new HashSet<>(
                            Safetensors.read(dir.resolve("adapter_model.safetensors"), m)
                                    .tensors()
                                    .keySet());
            assertTrue(keys.contains(c.savedKey()), c.savedKey() + " not in " + keys);
            assertTrue(keys.contains("base_model.model.classifier.weight"), keys.toString());
            var fresh = TinyBert.classifier(m, 6);
            Engine.getInstance().setRandomSeed(99); // the adapter's own init must not matter
            PeftModel loaded = Peft.load(fresh, dir);
            assertEquals(c.config().peftType(), loaded.config().peftType());
            assertTrue(TinyBert.maxAbsDiff(expected, TinyBert.logits(fresh, m)) < 1e-6);
        }
    }

    /** 1,000 calls for LoRA, 100 for the others: any per-call leak shows as growth either way. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void repeatedForwardPassesLeakNoNativeMemory(Case c) {
        int calls = c.name().equals("lora") ? 1000 : 100;
        try (NDManager m = NDManager.newBaseManager()) {
            var model = TinyBert.classifier(m, 7);
            Peft.wrap(model, c.config());
            TinyBert.logits(model, m);
            int before = m.getManagedArrays().size();
            for (int k = 0; k < calls; k++) {
                try (NDManager step = m.newSubManager()) {
                    model.forward(new ParameterStore(step, false), TinyBert.inputs(step), false);
                }
            }
            assertEquals(before, m.getManagedArrays().size());
        }
    }
}
