package org.paramlab.lm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;
import org.paramlab.train.ParameterPaths;

class GrowthTest {
    private static final int[] TOKENS = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};

    private static double maxLogitChange(PattentionNorm norm, boolean keepTau) {
        try (NDManager manager = NDManager.newBaseManager()) {
            var config = DecoderConfig.tokenFormer(DecoderTest.V, 16, 32, 2, 4, 8, 16, norm);
            Decoder small = Decoder.build(config, manager);
            DecoderTest.randomizeHead(small, 5);
            Decoder big =
                    Growth.grow(small, Growth.tokenFormerTarget(config, 24, 48, keepTau), manager);
            assertEquals(
                    new ai.djl.ndarray.types.Shape(24, 32),
                    ParameterPaths.of(big)
                            .get("layer0.attention.query.keys")
                            .getArray()
                            .getShape());
            try (NDManager sub = manager.newSubManager()) {
                var a = small.logits(DecoderTest.ids(sub, TOKENS));
                var b = big.logits(DecoderTest.ids(sub, TOKENS));
                return a.sub(b).abs().max().getFloat();
            }
        }
    }

    @Test
    void growthByZeroTokensPreservesLogitsExactlyWithL2NormThenGelu() {
        assertTrue(maxLogitChange(PattentionNorm.L2_GELU, true) < 1e-5);
    }

    @Test
    void growthByZeroTokensPreservesLogitsExactlyWithGeluThenL2Norm() {
        assertTrue(maxLogitChange(PattentionNorm.GELU_L2, true) < 1e-5);
    }

    @Test
    void growthChangesTheFunctionWithSoftmax() {
        assertTrue(maxLogitChange(PattentionNorm.SOFTMAX, true) > 1e-3);
    }

    @Test
    void recomputingTauFromTheNewTokenCountChangesTheFunction() {
        assertTrue(maxLogitChange(PattentionNorm.L2_GELU, false) > 1e-3);
    }

    @Test
    void growthCannotShrinkOrApplyToDenseModels() {
        var config =
                DecoderConfig.tokenFormer(
                        DecoderTest.V, 16, 32, 2, 4, 8, 16, PattentionNorm.L2_GELU);
        assertThrows(
                IllegalArgumentException.class,
                () -> Growth.tokenFormerTarget(config, 4, 16, true));
        assertThrows(
                IllegalArgumentException.class,
                () -> Growth.tokenFormerTarget(DecoderConfig.gpt(11, 16, 32, 1, 4), 8, 8, true));
    }
}
