package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

class SensingOperatorTest {

    @Test
    void gaussianAdjointSatisfiesInnerProductIdentity() {
        SensingOperator a = Sensing.gaussian(50, 3).operator(4, 5);
        Random random = new Random(1);
        double[] m = Dense.gaussian(random, 20, 1);
        double[] y = Dense.gaussian(random, 50, 1);
        double lhs = Dense.dot(a.apply(m), y, 50);
        double rhs = Dense.dot(m, a.adjoint(y), 20);
        assertEquals(lhs, rhs, 1e-12 * (Math.abs(lhs) + 1));
    }

    @Test
    void identityAdjointSatisfiesInnerProductIdentity() {
        SensingOperator a = Sensing.identity().operator(3, 4);
        Random random = new Random(2);
        double[] m = Dense.gaussian(random, 12, 1);
        double[] y = Dense.gaussian(random, 12, 1);
        assertEquals(Dense.dot(a.apply(m), y, 12), Dense.dot(m, a.adjoint(y), 12), 1e-14);
        assertEquals(12, a.measurements());
    }

    @Test
    void normalOperatorEqualsAdjointOfApply() {
        SensingOperator a = Sensing.gaussian(40, 9).operator(5, 5);
        double[] m = Dense.gaussian(new Random(4), 25, 1);
        double[] normal = new double[25];
        a.applyNormal(m, normal);
        assertArrayEquals(a.adjoint(a.apply(m)), normal, 1e-12);
    }

    @Test
    void gaussianSensingIsIsometricInExpectation() {
        // E‖𝒜(M)‖² = ‖M‖²_F; for one operator ‖𝒜(M)‖² has sd √(2/m) = 0.1 at m = 200.
        double[] m = Dense.gaussian(new Random(5), 64, 1);
        double norm2 = Dense.dot(m, m, 64);
        int operators = 50;
        double mean = 0;
        for (int seed = 0; seed < operators; seed++) {
            double[] y = Sensing.gaussian(200, 100 + seed).operator(8, 8).apply(m);
            mean += Dense.dot(y, y, y.length) / norm2 / operators;
        }
        // sd of the mean is 0.1/√50 ≈ 0.014; 0.06 is over four standard deviations.
        assertEquals(1.0, mean, 0.06);
    }

    @Test
    void fullSizeGaussianSensingNearlyPreservesALowRankNorm() {
        double[] mStar = GroundTruth.rowMajor(GroundTruth.symmetric(20, List.of(1.0, 0.5), 42));
        double[] y = Sensing.gaussian(800, 7).operator(20, 20).apply(mStar);
        double ratio = Dense.dot(y, y, y.length) / Dense.dot(mStar, mStar, 400);
        // sd √(2/800) = 0.05; six standard deviations.
        assertEquals(1.0, ratio, 0.3);
    }

    @Test
    void sameSeedGivesSameMeasurements() {
        double[] m = Dense.gaussian(new Random(6), 9, 1);
        assertArrayEquals(
                Sensing.gaussian(30, 11).operator(3, 3).apply(m),
                Sensing.gaussian(30, 11).operator(3, 3).apply(m));
    }

    @Test
    void wrongLengthIsRejectedWithTheExpectedLength() {
        SensingOperator a = Sensing.gaussian(10, 1).operator(3, 3);
        var error = assertThrows(IllegalArgumentException.class, () -> a.apply(new double[8]));
        assertTrue(error.getMessage().contains("rows*cols = 9"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.adjoint(new double[9]));
    }

    @Test
    void gaussianNeedsAMeasurement() {
        var error = assertThrows(IllegalArgumentException.class, () -> Sensing.gaussian(0, 1));
        assertTrue(error.getMessage().contains("found 0"), error.getMessage());
    }
}
