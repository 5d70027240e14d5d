package org.paramlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paramlab.nn.ModulePaths;
import org.paramlab.peft.Peft;
import org.paramlab.peft.lora.LoraConfig;

import java.util.List;

/** The real all-MiniLM-L6-v2, loaded once for the class. */
class BertModelTest {
    static NDManager manager;
    static BertModel minilm;

    @BeforeAll
    static void load() {
        manager = NDManager.newBaseManager();
        minilm = PretrainedEncoder.MINILM_L6_V2.load(manager);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void minilmHasHfModuleNamesAndItsParameterCount() {
        var modules = ModulePaths.modules(minilm);
        assertTrue(modules.containsKey("encoder.layer.3.attention.self.query"));
        assertTrue(modules.containsKey("encoder.layer.5.output.LayerNorm"));
        assertTrue(modules.containsKey("embeddings.word_embeddings"));
        long count =
                ModulePaths.parameters(minilm).values().stream()
                        .mapToLong(p -> p.getArray().size())
                        .sum();
        assertEquals(22_565_376L, count); // the ONNX initializers, less the 512 position ids
        assertEquals(10_646_784L, BertConfig.miniLmL6().nonEmbeddingParameters());
    }

    @Test
    void loraOnQueryAndValueTrainsTheSurveysCount() {
        try (NDManager m = NDManager.newBaseManager()) {
            BertModel bert = BertModel.initialized(BertConfig.miniLmL6(), m);
            var peft = Peft.wrap(bert, LoraConfig.defaults());
            assertEquals(2L * 8 * 384 * 2 * 6, peft.trainableCount()); // 73,728
        }
    }

    @Test
    void paddingDoesNotChangeASentencesEmbedding() {
        try (HfTokenizer tok = PretrainedEncoder.MINILM_L6_V2.tokenizer(32);
                NDManager m = manager.newSubManager()) {
            var alone = tok.encode(List.of("Jesus wept."));
            var padded =
                    tok.encode(List.of("Jesus wept.", "In the beginning God created the heaven."));
            assertEquals(
                    List.of("[CLS]", "jesus", "wept", ".", "[SEP]"), tok.tokens("Jesus wept."));
            float[] a = embed(alone, m)[0];
            float[] b = embed(padded, m)[0];
            assertArrayEquals(a, b, 1e-5f);
        }
    }

    private static float[][] embed(HfTokenizer.TokenBatch batch, NDManager m) {
        NDList out = minilm.forward(new ParameterStore(m, false), batch.toNDList(m), false);
        NDArray e = BertModel.meanPool(out.get(0), out.get(1));
        float[][] rows = new float[batch.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = e.get(i).toFloatArray();
        }
        return rows;
    }

    @Test
    void aClassifierHeadKeepsThePretrainedWeights() {
        try (NDManager m = NDManager.newBaseManager()) {
            BertModel bert = PretrainedEncoder.MINILM_L6_V2.load(m);
            float[] before = bert.getParameters().valueAt(0).getArray().toFloatArray();
            EncoderClassifier clf = EncoderClassifier.on(bert, 6, m);
            assertArrayEquals(
                    before, clf.encoder().getParameters().valueAt(0).getArray().toFloatArray());
            NDArray logits =
                    clf.forward(
                                    new ParameterStore(m, false),
                                    PretrainedEncoder.MINILM_L6_V2
                                            .tokenizer(16)
                                            .encode(List.of("a", "b c"))
                                            .toNDList(m),
                                    false)
                            .head();
            assertEquals(new Shape(2, 6), logits.getShape());
        }
    }

    @Test
    void sequencesLongerThanThePositionTableAreRefused() {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(1);
            BertModel tiny = BertModel.initialized(BertConfig.tiny(), m);
            NDArray ids = m.zeros(new Shape(1, 30), ai.djl.ndarray.types.DataType.INT64);
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () ->
                                    tiny.forward(
                                            new ParameterStore(m, false),
                                            new NDList(ids, ids, ids),
                                            false));
            assertTrue(
                    e.getMessage().contains("30 positions exceeds the model's 24"), e.getMessage());
        }
    }

    @Test
    void engineIsPyTorchDespiteTheTokenizersEngineOnTheClassPath() {
        assertEquals("PyTorch", Engine.getInstance().getEngineName());
    }
}
