package org.paramlab.peft.compacter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paramlab.models.BertConfig;
import org.paramlab.models.BertModel;
import org.paramlab.peft.Peft;
import org.paramlab.peft.PeftModel;
import org.paramlab.peft.adapter.Placement;

class CompacterTunerTest {
    static final long D = 384;
    static final long K = 12;

    @BeforeAll
    static void gradModeAsInACell() {
        ai.djl.engine.Engine.getInstance().setRandomSeed(1);
        ai.djl.pytorch.jni.JniUtils.setGradMode(true);
    }

    private static long trainable(CompacterConfig config) {
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel peft = Peft.wrap(BertModel.initialized(BertConfig.miniLmL6(), m), config);
            return peft.trainableCount();
        }
    }

    @Test
    void compacterPlusPlusOnMiniLmHasTheClosedFormCount() {
        // 6 × (396 + 12 + 396 + 384) + 2·4³ = 7,256
        assertEquals(
                6 * ((K + D) + K + (K + D) + D) + 2 * 64,
                trainable(CompacterConfig.compacterPlusPlus()));
        assertEquals(7_256, trainable(CompacterConfig.compacterPlusPlus()));
    }

    @Test
    void compacterAndPhmAdapterCounts() {
        assertEquals(12 * 1_188 + 128, trainable(CompacterConfig.compacter()));
        // n = 12: per adapter 2·12³ rules, K·D/12 blocks per projection, biases K + D
        assertEquals(
                12 * (2 * 1_728 + 2 * (K * D / 12) + K + D),
                trainable(CompacterConfig.phmAdapter()));
    }

    @Test
    void unfrozenLayerNormsAddTheEncoderLayersNormsOnly() {
        CompacterConfig c = CompacterConfig.compacterPlusPlus().withUnfreezeLayerNorms(true);
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel peft = Peft.wrap(BertModel.initialized(BertConfig.miniLmL6(), m), c);
            assertEquals(7_256 + 6 * 2 * 2 * D, peft.trainableCount());
            double percent = 100.0 * peft.trainableCount() / peft.totalCount();
            assertEquals(0.0725, percent, 5e-4);
            assertTrue(
                    peft.trainableParameters().keySet().stream()
                            .noneMatch(k -> k.startsWith("embeddings")));
        }
        assertEquals(c, c.withUnfreezeLayerNorms(true));
        assertEquals(
                CompacterConfig.compacterPlusPlus().modulesToSave(),
                c.withUnfreezeLayerNorms(false).modulesToSave());
    }

    @Test
    void sharedRulesAreRegisteredOnceForTheModel() {
        try (NDManager m = NDManager.newBaseManager()) {
            PeftModel peft =
                    Peft.wrap(
                            BertModel.initialized(BertConfig.miniLmL6(), m),
                            CompacterConfig.compacter());
            long rules =
                    peft.trainableParameters().keySet().stream()
                            .filter(k -> k.contains("phm_rule"))
                            .count();
            assertEquals(2, rules);
            assertTrue(
                    peft.trainableParameters().keySet().stream()
                            .filter(k -> k.contains("phm_rule"))
                            .allMatch(
                                    k -> k.startsWith("encoder.layer.0.attention.output.dense.")));
        }
    }

    @Test
    void configValidatesAndRoundTripsThroughJson() {
        CompacterConfig c = CompacterConfig.compacter().withUnfreezeLayerNorms(true);
        assertEquals(c, CompacterConfig.fromJson(withCommon(c)));
        assertEquals(
                CompacterConfig.phmAdapter(),
                CompacterConfig.fromJson(withCommon(CompacterConfig.phmAdapter())));
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new CompacterConfig(
                                        Placement.HOULSBY,
                                        10,
                                        4,
                                        1,
                                        true,
                                        "gelu",
                                        false,
                                        null,
                                        null));
        assertTrue(e.getMessage().contains("n = 4"), e.getMessage());
    }

    private static com.google.gson.JsonObject withCommon(CompacterConfig c) {
        var j = c.toJson();
        j.add("target_modules", org.paramlab.peft.JsonFields.array(c.targetModules(), false));
        j.add("modules_to_save", org.paramlab.peft.JsonFields.array(c.modulesToSave(), true));
        return j;
    }
}
