package org.paramlab.stats.iv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class LinearSemTest {

    @Test
    void withoutNoiseOrConfoundingYIsExactlyXf() {
        LinearSem sem = new LinearSem(5, 5, 0, false, new SplittableRandom(1));
        SemSample s = sem.sample(50, 0, new SplittableRandom(2)); // κ = 0: no confounding of Y
        double[] f = sem.causalEffect();
        for (int i = 0; i < 50; i++) {
            double xf = 0;
            for (int j = 0; j < 5; j++) {
                xf += s.x()[i][j] * f[j];
            }
            assertEquals(xf, s.y()[i], 1e-12);
        }
    }

    @Test
    void confoundingBiasesOlsButTheCausalEffectIsF() {
        LinearSem sem = new LinearSem(4, 4, 0.1, false, new SplittableRandom(3));
        SemSample s = sem.sample(5000, 1, new SplittableRandom(4));
        double error = IvAugmentation.relativeError(sem.causalEffect(), Ols.fit(s.x(), s.y()));
        assertTrue(error > 0.05, "ERM error under confounding " + error);
    }

    @Test
    void cyclicModelWithoutFeedbackEqualsTheAcyclicOne() {
        // The cyclic model draws τ after W and f, so with κ = 0 (no feedback, no confounding of Y)
        // both models see the same weights and the same data stream.
        LinearSem acyclic = new LinearSem(3, 3, 0.1, false, new SplittableRandom(5));
        LinearSem cyclic = new LinearSem(3, 3, 0.1, true, new SplittableRandom(5));
        SemSample a = acyclic.sample(10, 0, new SplittableRandom(6));
        SemSample c = cyclic.sample(10, 0, new SplittableRandom(6));
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.y(), c.y(), 1e-15);
        for (int i = 0; i < 10; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.x()[i], c.x()[i], 1e-15);
        }
    }
}
