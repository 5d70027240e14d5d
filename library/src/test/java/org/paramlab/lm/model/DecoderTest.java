package org.paramlab.lm.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.train.GradMode;
import org.paramlab.train.ParameterPaths;

import java.util.List;
import java.util.Random;

class DecoderTest {

    /** Tiny models train fastest on one intra-op thread, and a busy machine does not stall it. */
    @org.junit.jupiter.api.BeforeAll
    static void singleThreaded() {
        org.paramlab.train.EngineThreads.set(1);
    }

    static final int V = 11;

    static List<DecoderConfig> variants() {
        return List.of(
                DecoderConfig.gpt(V, 16, 32, 2, 4),
                DecoderConfig.llama(V, 16, 32, 2, 4, 2),
                DecoderConfig.openElm(V, 16, 32, 8, 3, 0.5, 1.0, 0.5, 4.0, 2),
                DecoderConfig.tokenFormer(V, 16, 32, 2, 4, 8, 16, PattentionNorm.L2_GELU),
                DecoderConfig.gpt(V, 16, 32, 2, 4).withMuP(16));
    }

    /** Random readout, so logits depend on everything (the default readout is zero). */
    static void randomizeHead(Decoder model, long seed) {
        NDArray head = ParameterPaths.of(model).get(Decoder.HEAD).getArray();
        Random random = new Random(seed);
        float[] values = new float[(int) head.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * 0.5f;
        }
        head.set(values);
    }

    static NDArray ids(NDManager manager, int[] tokens) {
        return manager.create(tokens, new Shape(1, tokens.length));
    }

    @Test
    void logitsHaveShapeBatchTimeVocabAndCachesPerLayer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (DecoderConfig config : variants()) {
                Decoder model = Decoder.build(config, manager);
                try (NDManager sub = manager.newSubManager();
                        GradMode off = GradMode.disabled()) {
                    NDArray ids = sub.zeros(new Shape(3, 7), ai.djl.ndarray.types.DataType.INT32);
                    NDList out =
                            model.forward(new ParameterStore(sub, false), new NDList(ids), false);
                    assertEquals(new Shape(3, 7, V), out.get(0).getShape(), config.toString());
                    assertEquals(1 + 2 * config.depth(), out.size());
                    LayerSpec first = config.layers().get(0);
                    assertEquals(
                            new Shape(3, first.kvHeads(), 7, config.headDim()),
                            out.get(1).getShape());
                    Shape[] predicted = model.getOutputShapes(new Shape[] {new Shape(3, 7)});
                    assertEquals(out.get(0).getShape(), predicted[0]);
                }
            }
        }
    }

    @Test
    void aTokenNeverSeesTheFuture() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (DecoderConfig config : variants()) {
                Decoder model = Decoder.build(config, manager);
                randomizeHead(model, 1);
                int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
                int[] b = {1, 2, 3, 4, 9, 10, 0, 3}; // differs from position 4 on
                try (NDManager sub = manager.newSubManager()) {
                    float[] la = model.logits(ids(sub, a)).toFloatArray();
                    float[] lb = model.logits(ids(sub, b)).toFloatArray();
                    for (int t = 0; t < a.length; t++) {
                        for (int v = 0; v < V; v++) {
                            float x = la[t * V + v];
                            float y = lb[t * V + v];
                            if (t < 4) {
                                assertEquals(x, y, 1e-5, config + " position " + t);
                            }
                        }
                    }
                    assertTrue(Math.abs(la[4 * V] - lb[4 * V]) > 1e-6, "position 4 must change");
                }
            }
        }
    }

    @Test
    void cachedDecodingGivesTheSameLogitsAsAFullPass() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (DecoderConfig config : variants()) {
                Decoder model = Decoder.build(config, manager);
                randomizeHead(model, 2);
                int[] tokens = {3, 1, 4, 1, 5, 9, 2, 6};
                try (NDManager sub = manager.newSubManager();
                        GradMode off = GradMode.disabled()) {
                    ParameterStore store = new ParameterStore(sub, false);
                    float[] full =
                            model.forward(store, new NDList(ids(sub, tokens)), false)
                                    .head()
                                    .toFloatArray();
                    NDList out =
                            model.forward(
                                    store, new NDList(ids(sub, new int[] {3, 1, 4, 1, 5})), false);
                    for (int t = 5; t < tokens.length; t++) {
                        NDList in = new NDList(ids(sub, new int[] {tokens[t]}));
                        in.addAll(out.subNDList(1));
                        out = model.forward(store, in, false);
                        float[] step = out.head().toFloatArray();
                        for (int v = 0; v < V; v++) {
                            assertEquals(full[t * V + v], step[v], 2e-5, config + " position " + t);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theInitialLossIsLogVocabularyBecauseTheReadoutStartsAtZero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = Decoder.build(DecoderConfig.gpt(V, 16, 32, 2, 4), manager);
            try (NDManager sub = manager.newSubManager()) {
                NDArray logits = model.logits(ids(sub, new int[] {1, 2, 3}));
                assertEquals(0f, logits.abs().max().getFloat());
            }
        }
    }

    @Test
    void sequencesLongerThanTheContextAreRejected() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = Decoder.build(DecoderConfig.gpt(V, 4, 32, 1, 4), manager);
            try (NDManager sub = manager.newSubManager()) {
                var e =
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> model.logits(ids(sub, new int[6])));
                assertTrue(e.getMessage().contains("context length 4"), e.getMessage());
            }
        }
    }

    @Test
    void sameSeedSameWeights() {
        try (NDManager manager = NDManager.newBaseManager()) {
            var config = DecoderConfig.llama(V, 16, 32, 2, 4, 2);
            Decoder a = Decoder.build(config, manager);
            Decoder b = Decoder.build(config, manager);
            Decoder c = Decoder.build(config.withSeed(7), manager);
            var pa =
                    ParameterPaths.of(a)
                            .get("layer1.attention.query.weight")
                            .getArray()
                            .toFloatArray();
            assertArrayEquals(
                    pa,
                    ParameterPaths.of(b)
                            .get("layer1.attention.query.weight")
                            .getArray()
                            .toFloatArray());
            assertTrue(
                    pa[0]
                            != ParameterPaths.of(c)
                                    .get("layer1.attention.query.weight")
                                    .getArray()
                                    .toFloatArray()[0]);
        }
    }

    @Test
    void parameterCountMatchesTheFlopAccounting() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (DecoderConfig config : variants()) {
                Decoder model = Decoder.build(config, manager);
                long embeddings = 0;
                for (var e : ParameterPaths.of(model).entrySet()) {
                    if (e.getKey().equals(Decoder.TOKEN_EMBEDDING)
                            || e.getKey().equals(Decoder.POSITION_EMBEDDING)
                            || e.getKey().equals(Decoder.HEAD)) {
                        embeddings += e.getValue().getArray().size();
                    }
                }
                FlopCount count = FlopCount.of(config, 16);
                assertEquals(
                        ParameterPaths.count(model) - embeddings,
                        count.nonEmbeddingParameters(),
                        config.toString());
                assertEquals(embeddings, count.embeddingParameters());
                long layerParams =
                        count.layers().stream().mapToLong(FlopCount.LayerFlops::parameters).sum();
                assertTrue(layerParams < count.nonEmbeddingParameters());
            }
        }
    }

    @Test
    void muPAndPerLayerMultipliersSetTheGroupsRates() {
        var config = DecoderConfig.gpt(V, 16, 64, 2, 4).withMuP(16); // width multiplier 4
        var adam =
                org.paramlab.train.AdamWConfig.forLanguageModels()
                        .withGroups(Decoder.paramGroups(config, 0.1, new double[] {1.0, 0.5}));
        assertEquals(0.25, adam.groupOf("layer0.attention.query.weight").lrScale(), 1e-12);
        assertEquals(0.125, adam.groupOf("layer1.ffn.down.weight").lrScale(), 1e-12);
        assertEquals(0.1, adam.groupOf("layer1.ffn.down.weight").weightDecay(), 1e-12);
        assertEquals(0.0, adam.groupOf(Decoder.TOKEN_EMBEDDING).weightDecay(), 1e-12);
        assertEquals(0.0, adam.groupOf("layer0.attention_norm.gamma").weightDecay(), 1e-12);
        assertEquals(1.0, adam.groupOf(Decoder.HEAD).lrScale(), 1e-12);
        assertThrows(
                IllegalArgumentException.class,
                () -> Decoder.paramGroups(config, 0.1, new double[] {1}));
    }

    @Test
    void muPDividesTheLogitsByTheWidthMultiplier() {
        try (NDManager manager = NDManager.newBaseManager()) {
            var base = DecoderConfig.gpt(V, 16, 32, 1, 4);
            Decoder standard = Decoder.build(base, manager);
            Decoder scaled = Decoder.build(base.withMuP(8), manager); // m = 4, same weights
            randomizeHead(standard, 4);
            randomizeHead(scaled, 4);
            try (NDManager sub = manager.newSubManager()) {
                float[] a = standard.logits(ids(sub, new int[] {1, 2, 3})).toFloatArray();
                float[] b = scaled.logits(ids(sub, new int[] {1, 2, 3})).toFloatArray();
                for (int i = 0; i < a.length; i++) {
                    assertEquals(a[i] / 4, b[i], 1e-5);
                }
            }
        }
    }

    @Test
    void openElmScalesHeadsAndWidthsLinearlyWithDepth() {
        var config = DecoderConfig.openElm(V, 16, 128, 16, 4, 0.5, 1.0, 0.5, 4.0, 2);
        assertEquals(List.of(4, 4, 6, 8), config.layers().stream().map(LayerSpec::heads).toList());
        assertEquals(
                List.of(64, 216, 360, 512),
                config.layers().stream().map(LayerSpec::ffnWidth).toList());
    }

    @Test
    void theModelLeaksNoArraysOverAThousandCalls() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = Decoder.build(DecoderConfig.llama(V, 16, 16, 1, 2, 1), manager);
            try (NDManager warm = manager.newSubManager()) {
                model.logits(ids(warm, new int[] {1, 2}));
            }
            int before = manager.getManagedArrays().size();
            for (int i = 0; i < 1_000; i++) {
                try (NDManager sub = manager.newSubManager()) {
                    model.logits(ids(sub, new int[] {1, 2, 3}));
                }
            }
            assertEquals(before, manager.getManagedArrays().size());
        }
    }
}
