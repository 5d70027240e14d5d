package org.paramlab.symbolic.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Rational;

import java.util.List;
import java.util.Random;

class ImplicitizationTest {
    @Test
    void fourCycleHasNoQuadricsAndTwoVerifiedCubics() {
        Random rng = new Random(1);
        StructuralEquationModel m = new StructuralEquationModel(MixedGraph.cycle(4));
        assertEquals(0, Implicitization.count(m, 2, rng));
        List<Implicitization.Invariant> cubics = Implicitization.invariants(m, 3, rng);
        assertEquals(2, cubics.size());
        assertTrue(cubics.stream().allMatch(Implicitization.Invariant::verified));
    }

    @Test
    void chainHasFiveQuadrics() {
        Random rng = new Random(2);
        List<Implicitization.Invariant> q =
                Implicitization.invariants(
                        new StructuralEquationModel(MixedGraph.chain(4)), 2, rng);
        assertEquals(5, q.size());
        assertTrue(q.stream().allMatch(Implicitization.Invariant::verified));
    }

    @Test
    void singularValuesShowTheSameGap() {
        double[] sv =
                Implicitization.singularValues(
                        new StructuralEquationModel(MixedGraph.cycle(4)), 3, new Random(3));
        assertEquals(220, sv.length);
        assertTrue(sv[217] > 1e-9 && sv[218] < 1e-12, () -> sv[217] + " " + sv[218]);
    }

    @Test
    void rationalReconstructionRecoversSmallFractions() {
        long inv3 =
                java.math.BigInteger.valueOf(3)
                        .modInverse(java.math.BigInteger.valueOf(Implicitization.P))
                        .longValue();
        assertEquals(
                Rational.of(-2, 3),
                Implicitization.reconstruct(Math.floorMod(-2 * inv3, Implicitization.P)));
        assertEquals(Rational.of(5), Implicitization.reconstruct(5));
    }
}
