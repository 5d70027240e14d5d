package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;

import org.junit.jupiter.api.Test;

class MatmulPeakTest {
    @Test
    void aProductOfSideNCostsTwoNCubedFlops() {
        assertEquals(2.0 * 2048 * 2048 * 2048, MatmulPeak.flops(2048));
        assertEquals(2.0, MatmulPeak.flops(1));
    }

    @Test
    void percentOfIsTheAchievedRateOverThePeak() {
        MatmulPeak peak = new MatmulPeak(1024, 200e9, 2);
        assertEquals(50.0, peak.percentOf(100e9), 1e-12);
        assertEquals(0.0, peak.percentOf(0), 0);
        assertThrows(IllegalArgumentException.class, () -> peak.percentOf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> peak.percentOf(-1));
    }

    @Test
    void measureReportsAPositiveRateForOneOfTheGivenSizes() {
        Engine.getInstance();
        MatmulPeak small = MatmulPeak.measure(8);
        MatmulPeak both = MatmulPeak.measure(8, 256);
        assertEquals(8, small.size());
        assertTrue(small.flopsPerSecond() > 0 && Double.isFinite(small.flopsPerSecond()));
        assertTrue(both.size() == 8 || both.size() == 256);
        assertTrue(both.toString().contains("GFLOP/s"));
        assertEquals(EngineThreads.get(), both.threads());
    }

    @Test
    void badSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, MatmulPeak::measure);
        assertThrows(IllegalArgumentException.class, () -> MatmulPeak.measure(0));
    }
}
