package org.paramlab.lm.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.lm.fit.PowerLawFit;
import org.paramlab.train.sweep.SweepResult;

import java.util.ArrayList;
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
                        new PowerScheduling.Optimum(16, 1_000_000, null, 0.016, false, 2.0, true),
                        new PowerScheduling.Optimum(16, 4_000_000, null, 0.004, false, 1.9, false));
        PowerLawFit law = PowerScheduling.schedulable(rising, optima, -0.5);
        assertEquals(-0.5, law.b());
        // ln a = mean(ln(η/β) + 0.5 ln T) = mean(ln(0.001·1000), ln(0.00025·2000)) = ln √(1·0.5)
        assertEquals(Math.sqrt(0.5), law.a(), 1e-12);
    }

    @Test
    void optimaComeFromTheParabolaInsideTheGridAndFlagABestRateAtItsEdge() {
        List<Double> lrs = List.of(1e-3, 2e-3, 4e-3, 8e-3);
        var grid = PowerScheduling.wsdGrid(64, lrs, List.of(16, 64), List.of(250_000L), 1);
        List<SweepResult.Entry<PowerPoint, PowerRun>> entries = new ArrayList<>();
        for (PowerPoint p : grid) {
            double x = Math.log(p.lr());
            // B = 16: a U with its vertex at η = 2.83e-3 (ln η = −5.868); B = 64: loss falls
            // with the rate all the way to the grid's top
            double loss = p.batch() == 16 ? 2 + 0.1 * (x + 5.868) * (x + 5.868) : 3 - 0.1 * x;
            entries.add(
                    new SweepResult.Entry<>(p.label(), p, new PowerRun(loss, loss, 1, false, 1)));
        }
        var optima =
                PowerScheduling.optima(new SweepResult<>(entries, 0, entries.size(), 1, "test"));
        PowerScheduling.Optimum u = optima.get(0);
        assertEquals(16, u.batch());
        assertTrue(u.fromParabola());
        assertFalse(u.atEdge());
        assertEquals(Math.exp(-5.868), u.optimum(), 1e-6);
        PowerScheduling.Optimum falling = optima.get(1);
        assertFalse(falling.fromParabola());
        assertTrue(falling.atEdge());
        assertEquals(8e-3, falling.optimum());
        assertEquals(1, PowerScheduling.atEdge(optima));
        assertEquals(
                List.of("parabola", "grid edge"),
                PowerScheduling.optimaTable(optima).stringColumn("from").asList());
    }
}
