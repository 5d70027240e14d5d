package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LrScheduleTest {
    private static final double TOL = 1e-12;

    @Test
    void constantWarmsUpLinearlyThenHolds() {
        var s = new LrSchedule.Constant(0.1, 0.2); // W = 2 of 10
        assertEquals(0.05, s.rate(0, 10), TOL);
        assertEquals(0.1, s.rate(1, 10), TOL);
        assertEquals(0.1, s.rate(9, 10), TOL);
        assertEquals(0.1, LrSchedule.constant(0.1).rate(0, 1), TOL);
    }

    @Test
    void linearDecaysToTheFloorAtTheLastUpdate() {
        var s = LrSchedule.linear(1.0, 0.0, 0.1); // p = (s + 1)/10
        for (int step = 0; step < 10; step++) {
            double p = (step + 1) / 10.0;
            assertEquals(1 - 0.9 * p, s.rate(step, 10), TOL, "step " + step);
        }
    }

    @Test
    void cosineFollowsHalfAPeriodAfterWarmup() {
        var s = LrSchedule.cosine(2.0, 0.25, 0.0); // W = 5 of 20, decay over 15
        assertEquals(2.0 * 3 / 5, s.rate(2, 20), TOL);
        for (int step = 5; step < 20; step++) {
            double p = (step - 5 + 1) / 15.0;
            assertEquals(2.0 * (1 + Math.cos(Math.PI * p)) / 2, s.rate(step, 20), TOL);
        }
        assertEquals(0.0, s.rate(19, 20), TOL);
    }

    @Test
    void wsdHoldsThePeakUntilTheDecayPhase() {
        var s = new LrSchedule.WarmupStableDecay(1.0, 0.01, 0.1, 0.0, DecayShape.LINEAR);
        // 1000 updates: W = 10, decay from 900 over 100
        assertEquals(0.1, s.rate(0, 1000), TOL);
        assertEquals(1.0, s.rate(9, 1000), TOL);
        assertEquals(1.0, s.rate(899, 1000), TOL);
        assertEquals(1 - 1 / 100.0, s.rate(900, 1000), TOL);
        assertEquals(0.5, s.rate(949, 1000), TOL);
        assertEquals(0.0, s.rate(999, 1000), TOL);
    }

    @Test
    void exponentialDecayPassesThroughOneAndTheFloor() {
        assertEquals(1.0, DecayShape.EXPONENTIAL.factor(0, 0.1), TOL);
        assertEquals(0.1, DecayShape.EXPONENTIAL.factor(1, 0.1), TOL);
        double e = Math.E;
        double a = 0.9 * e / (e - 1);
        double b = (0.1 * e - 1) / (e - 1);
        assertEquals(a * Math.exp(-0.3) + b, DecayShape.EXPONENTIAL.factor(0.3, 0.1), TOL);
        assertEquals(0.55, DecayShape.COSINE.factor(0.5, 0.1), TOL);
    }

    @Test
    void powerSchedulerFollowsTheCappedPowerLawInTokens() {
        // a = 4, b = -0.5, β = 2, 100 tokens per update, cap 0.05, no warm-up or decay
        var s = new LrSchedule.Power(4, -0.5, 0.05, 2, 100, 0, 0, 0, DecayShape.EXPONENTIAL);
        assertEquals(0.05, s.rate(0, 10_000), TOL); // 8/√100 = 0.8, capped
        assertEquals(8 / Math.sqrt(100 * 40_000.0), s.rate(39_999, 100_000), TOL);
        assertEquals(Math.min(0.05, 8 / Math.sqrt(1e6)), s.powerRate(1e6), TOL);
    }

    @Test
    void powerSchedulerWarmsUpToThePowerLawAndDecaysExponentially() {
        var s = new LrSchedule.Power(4, -0.5, 1.0, 1, 1000, 0.1, 0.1, 0, DecayShape.EXPONENTIAL);
        // 100 updates: W = 10, decay from 90
        double atWarmupEnd = 4 / Math.sqrt(10 * 1000.0);
        assertEquals(atWarmupEnd * 3 / 10, s.rate(2, 100), TOL);
        assertEquals(4 / Math.sqrt(50 * 1000.0), s.rate(49, 100), TOL);
        double atDecay = 4 / Math.sqrt(90 * 1000.0);
        assertEquals(atDecay * DecayShape.EXPONENTIAL.factor(0.5, 0), s.rate(94, 100), TOL);
        assertEquals(0.0, s.rate(99, 100), 1e-15);
    }

    @Test
    void curveListsEveryUpdate() {
        var s = LrSchedule.cosine(1, 0.1, 0);
        double[] curve = s.curve(50);
        assertEquals(50, curve.length);
        assertEquals(s.rate(17, 50), curve[17], TOL);
    }

    @Test
    void invalidSettingsAreRejectedWithTheirValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> LrSchedule.cosine(-1, 0, 0));
        assertEquals(true, e.getMessage().contains("-1"));
        assertThrows(IllegalArgumentException.class, () -> LrSchedule.wsd(1, 0.6, 0.6));
        assertThrows(IllegalArgumentException.class, () -> LrSchedule.constant(1).rate(3, 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LrSchedule.Power(4, 0.5, 1, 1, 1, 0, 0, 0, DecayShape.LINEAR));
    }
}
