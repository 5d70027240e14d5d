package org.paramlab.stats.iv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class NullSpaceAugmentationTest {
    static final double[] F = {1, -2, 0.5, 3, 0.25, -1};

    @Test
    void directionsAreOrthonormalAndOrthogonalToF() {
        var aug =
                new NullSpaceAugmentation(
                        F, NullSpaceAugmentation.Kernel.FULL, new SplittableRandom(1));
        double[][] b = aug.directions();
        assertEquals(5, b.length);
        for (int i = 0; i < b.length; i++) {
            double bf = 0;
            for (int j = 0; j < F.length; j++) {
                bf += b[i][j] * F[j];
            }
            assertEquals(0, bf, 1e-12);
            for (int k = 0; k < b.length; k++) {
                double dot = 0;
                for (int j = 0; j < F.length; j++) {
                    dot += b[i][j] * b[k][j];
                }
                assertEquals(i == k ? 1 : 0, dot, 1e-12);
            }
        }
    }

    @Test
    void augmentationLeavesTheOutcomeMechanismInvariant() {
        var aug =
                new NullSpaceAugmentation(
                        F, NullSpaceAugmentation.Kernel.RANDOM, new SplittableRandom(2));
        assertTrue(aug.dimension() >= 1 && aug.dimension() <= 5);
        double[][] x = Matrices.gaussian(20, 6, 1, new SplittableRandom(3));
        double[][] gx = aug.augment(x, 2.5, new SplittableRandom(4)).gx();
        for (int i = 0; i < 20; i++) {
            double fx = 0;
            double fgx = 0;
            for (int j = 0; j < 6; j++) {
                fx += F[j] * x[i][j];
                fgx += F[j] * gx[i][j];
            }
            assertEquals(fx, fgx, 1e-12);
        }
    }

    @Test
    void zeroEffectIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new NullSpaceAugmentation(
                                new double[3],
                                NullSpaceAugmentation.Kernel.FULL,
                                new SplittableRandom(1)));
    }
}
