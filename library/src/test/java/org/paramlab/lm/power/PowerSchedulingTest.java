package org.paramlab.lm.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.paramlab.lm.fit.PowerLawFit;

import java.util.List;

class PowerSchedulingTest {
    private static final double NAN = Double.NaN;

    @Test
    void aFallingLawIsScheduledAsFitted() {
        var law = new PowerLawFit(2.0, -0.4, NAN, NAN, NAN, NAN, 0.9, 3);
        assertSame(law, PowerScheduling.schedulable(law, List.of(), -0.51));
    }

    @Test
    void aRisingFitFallsBackToThePapersExponentThroughTheOptimaGeometricMean() {
        var rising = new PowerLawFit(1e-3, 0.04, NAN, NAN, NAN, NAN, 0.1, 2);
        var optima =
                List.of(
                        new PowerScheduling.Optimum(16, 1_000_000, null, 0.016, false, 2.0),
                        new PowerScheduling.Optimum(16, 4_000_000, null, 0.004, false, 1.9));
        PowerLawFit law = PowerScheduling.schedulable(rising, optima, -0.5);
        assertEquals(-0.5, law.b());
        // ln a = mean(ln(η/β) + 0.5 ln T) = mean(ln(0.001·1000), ln(0.00025·2000)) = ln √(1·0.5)
        assertEquals(Math.sqrt(0.5), law.a(), 1e-12);
    }
}
