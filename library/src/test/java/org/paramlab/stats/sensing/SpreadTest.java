package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void summarizesMinMaxMeanAndDeviation() {
        Spread spread = Spread.of(0.8, 1.0, 1.2);
        assertEquals(0.8, spread.min());
        assertEquals(1.2, spread.max());
        assertEquals(1.0, spread.mean(), 1e-15);
        assertEquals(1.5, spread.ratio(), 1e-15);
        assertEquals(0.2, spread.maxRelativeDeviation(), 1e-15);
        assertEquals(3, spread.count());
    }

    @Test
    void deviationUsesTheWorseSide() {
        assertEquals(0.5, Spread.of(0.5, 1.5, 1.0).maxRelativeDeviation(), 1e-15);
        assertEquals(0.5, Spread.of(0.75, 0.75, 1.5).maxRelativeDeviation(), 1e-15);
    }

    @Test
    void rejectsEmptyAndNonPositiveValues() {
        assertThrows(IllegalArgumentException.class, Spread::of);
        assertThrows(IllegalArgumentException.class, () -> Spread.of(1.0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Spread.of(1.0, 0.0));
    }
}
