package org.paramlab.search.pcf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class PcfTest {
    static PcfConfig small(int threads) {
        return new PcfConfig(5, 20_000, 3, 2_000, 11, threads);
    }

    @Test
    void resultsAreIdenticalOnOneTwoAndFourThreads() {
        PcfResult one = Pcf.run(small(1), SparkPriors.defaults());
        assertArrayEquals(one.meanGain(), Pcf.run(small(2), SparkPriors.defaults()).meanGain());
        assertArrayEquals(one.meanGain(), Pcf.run(small(4), SparkPriors.defaults()).meanGain());
        assertEquals(
                Pcf.robustness(small(1)).decliningShare(),
                Pcf.robustness(small(2)).decliningShare());
    }

    @Test
    void withoutCostsNoiseOrMemoryTheGainIsTheExpectedMaximum() {
        // ρ = 0: the tuned option is a random one (mean fit 0); σ_obs = 0: the adaptive agent takes
        // the best of m = 2 standard normals, whose mean is 1/√π. Five dimensions.
        SparkPriors priors = new SparkPriors(0, 0, 0, 0, 0, 1.0, 1.0);
        PcfResult r = Pcf.run(new PcfConfig(2, 200_000, 0, 1, 3, 2), priors);
        double expected = 5 / Math.sqrt(Math.PI);
        assertEquals(expected, r.meanGain()[0], 4 * r.gainStandardError()[0] + 1e-3);
    }

    @Test
    void optionCountsGrowGeometrically() {
        SparkPriors priors = SparkPriors.defaults();
        assertArrayEquals(
                new int[] {2, 3, 5, 8, 13},
                new int[] {
                    priors.optionsAt(1),
                    priors.optionsAt(2),
                    priors.optionsAt(3),
                    priors.optionsAt(4),
                    priors.optionsAt(5)
                });
    }

    @Test
    void randomPriorsStayInTheirRanges() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100; i++) {
            SparkPriors p = SparkPriors.random(random);
            assertTrue(p.persistence() >= 0.2 && p.persistence() < 0.9);
            assertTrue(p.optionGrowth() >= 1.3 && p.optionGrowth() < 2);
        }
    }

    @Test
    void badPriorsAreRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> new SparkPriors(1.5, 0, 0, 0, 0, 1.5, 1));
        assertThrows(
                IllegalArgumentException.class, () -> new SparkPriors(0.5, -1, 0, 0, 0, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new PcfConfig(1, 10, 0, 1, 1, 1));
    }
}
