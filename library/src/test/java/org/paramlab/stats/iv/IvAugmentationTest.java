package org.paramlab.stats.iv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class IvAugmentationTest {
    static IvAugmentationConfig small(int threads) {
        return IvAugmentationConfig.defaults()
                .withExperiments(3)
                .withSamples(256)
                .withThreads(threads);
    }

    @Test
    void relativeErrorOfZeroIsRootHalf() {
        assertEquals(
                Math.sqrt(0.5),
                IvAugmentation.relativeError(new double[] {1, 2}, new double[2]),
                1e-15);
        assertEquals(0, IvAugmentation.relativeError(new double[] {1, 2}, new double[] {1, 2}), 0);
    }

    @Test
    void sweepIsIdenticalOnOneAndTwoThreads() {
        List<Double> gammas = List.of(0.1, 1.0);
        IvSweepResult one = IvAugmentation.gammaSweep(small(1), gammas);
        IvSweepResult two = IvAugmentation.gammaSweep(small(2), gammas);
        for (String m : one.methods()) {
            assertArrayEquals(one.mean(m), two.mean(m), m);
        }
    }

    @Test
    void augmentationReducesTheConfoundingError() {
        IvSweepResult r = IvAugmentation.gammaSweep(small(2), List.of(10.0));
        assertTrue(r.mean("DA+ERM")[0] < r.mean("ERM")[0], r.table().print());
        assertEquals(5, r.methods().size());
    }

    @Test
    void logspaceMatchesNumpy() {
        assertEquals(List.of(0.01, 0.1, 1.0, 10.0, 100.0), IvAugmentation.logspace(-2, 2, 5));
    }
}
