package org.paramlab.search.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.List;

class MonteCarloTest {
    /** Sum of x, sum of x², hits of the quarter disc: floating sums expose any reordering. */
    static double[] run(int threads) {
        MonteCarloConfig config =
                MonteCarloConfig.of(100_003, 7).withThreads(threads).withBlockSize(1000);
        return MonteCarlo.run(
                config,
                () -> new double[3],
                (rng, acc) -> {
                    double x = rng.nextDouble();
                    double y = rng.nextDouble();
                    acc[0] += x;
                    acc[1] += x * x;
                    acc[2] += x * x + y * y < 1 ? 1 : 0;
                },
                MonteCarlo::sum);
    }

    @Test
    void resultsAreBitIdenticalOnOneTwoAndFourThreads() {
        double[] one = run(1);
        assertArrayEquals(one, run(2));
        assertArrayEquals(one, run(4));
    }

    @Test
    void estimatesPi() {
        double[] acc = run(2);
        assertEquals(Math.PI, 4 * acc[2] / 100_003, 0.02);
        assertEquals(0.5, acc[0] / 100_003, 0.005);
    }

    @Test
    void mapKeepsIndexOrderAndIsThreadIndependent() {
        List<Double> one = MonteCarlo.map(500, 3, 1, "", (i, rng) -> i + rng.nextDouble());
        List<Double> four = MonteCarlo.map(500, 3, 4, "", (i, rng) -> i + rng.nextDouble());
        assertEquals(one, four);
        assertEquals(499, Math.floor(one.get(499)));
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        double[] a = run(1);
        double[] b =
                MonteCarlo.run(
                        MonteCarloConfig.of(100_003, 8).withThreads(1).withBlockSize(1000),
                        () -> new double[3],
                        (rng, acc) -> acc[0] += rng.nextDouble(),
                        MonteCarlo::sum);
        assertEquals(false, a[0] == b[0]);
    }

    @Test
    void configRejectsNonsense() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> MonteCarloConfig.of(10, 1).withThreads(0));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("availableProcessors"));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloConfig.of(-1, 1));
        assertThrows(
                IllegalArgumentException.class, () -> MonteCarloConfig.of(10, 1).withBlockSize(0));
    }
}
