package org.paramlab.peft.flora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class FloraComparisonTest {
    static FloraRunResult run(String method, long seed, double accuracy) {
        return new FloraRunResult(method, "t", seed, 10, 5, accuracy, 1);
    }

    @Test
    void passConditionsReadTheSeedMeans() {
        var runs =
                List.of(
                        run("full FT", 1, 0.90),
                        run("LoRA 2k", 1, 0.80),
                        run("LoRA 2k", 2, 0.82),
                        run("FLoRA 2k", 1, 0.83),
                        run("FLoRA 2k", 2, 0.81),
                        run("LoRA 8k", 1, 0.85),
                        run("FLoRA 8k", 1, 0.84));
        var c = FloraComparison.of(runs, List.of(2_000L, 8_000L));
        assertEquals(0.82, c.flora()[0], 1e-12);
        assertEquals(0.81, c.lora()[0], 1e-12);
        assertFalse(c.floraAtLeastLoraEverywhere()); // 8k: 0.84 < 0.85
        assertTrue(c.floraAheadAtSmallest(0.005));
        assertFalse(c.floraAheadAtSmallest(0.02));
        assertTrue(c.belowFullFineTuning(0.005));
        assertEquals(0.85, c.bestAdapted(), 1e-12);
        assertEquals(
                "2k: 0.8200 vs 0.8100; 8k: 0.8400 vs 0.8500", c.pairs(List.of(2_000L, 8_000L)));
        assertThrows(
                IllegalArgumentException.class, () -> FloraComparison.of(runs, List.of(32_000L)));
    }

    @Test
    void summaryHasOneRowPerMethodWithSeedMeanAndRange() {
        var summary =
                FloraStudy.summary(
                        List.of(
                                run("LoRA 2k", 1, 0.80),
                                run("FLoRA 2k", 1, 0.83),
                                run("LoRA 2k", 2, 0.84)));
        assertEquals(List.of("LoRA 2k", "FLoRA 2k"), summary.stringColumn("method").asList());
        assertEquals(0.82, summary.doubleColumn("mean test acc").get(0), 1e-12);
        assertEquals(0.04, summary.doubleColumn("max − min").get(0), 1e-12);
        assertEquals(10L, summary.longColumn("adapter params").get(1));
        assertEquals("t", summary.name());
    }
}
