package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class SeedSpreadTest {
    record Run(String method, double accuracy) {}

    @Test
    void groupsInFirstAppearanceOrderWithMeanAndRange() {
        List<Run> runs =
                List.of(
                        new Run("lora", 0.80),
                        new Run("full", 0.90),
                        new Run("lora", 0.70),
                        new Run("lora", 0.75),
                        new Run("full", 0.86));
        List<SeedSpread<Run>> rows = SeedSpread.byGroup(runs, Run::method, Run::accuracy);
        assertEquals(List.of("lora", "full"), rows.stream().map(SeedSpread::group).toList());
        SeedSpread<Run> lora = rows.get(0);
        assertEquals(runs.get(0), lora.first());
        assertEquals(3, lora.runs());
        assertEquals(0.75, lora.mean(), 1e-12);
        assertEquals(0.70, lora.min(), 1e-12);
        assertEquals(0.80, lora.max(), 1e-12);
        assertEquals(0.10, lora.spread(), 1e-12);
        assertEquals(0.88, rows.get(1).mean(), 1e-12);
        assertEquals(
                List.of("lora", "full"),
                List.copyOf(SeedSpread.means(runs, Run::method, Run::accuracy).keySet()));
    }

    @Test
    void noRunsGiveNoRowsAndNaNScoresAreRefused() {
        assertTrue(SeedSpread.byGroup(List.<Run>of(), Run::method, Run::accuracy).isEmpty());
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SeedSpread.byGroup(
                                        List.of(new Run("x", Double.NaN)),
                                        Run::method,
                                        Run::accuracy));
        assertTrue(e.getMessage().contains("NaN"));
    }

    @Test
    void roundsToFourDecimals() {
        assertEquals(0.1235, SeedSpread.round4(0.123456));
        assertEquals(-0.5, SeedSpread.round4(-0.5));
    }
}
