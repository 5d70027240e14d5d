package org.paramlab.symbolic.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.egraph.SaturationLimits;
import org.paramlab.symbolic.trace.Tracer;

import java.util.Random;

class StudiesTest {
    @Test
    void tracedBrusselatorEqualsTheHandWrittenRightHandSide() {
        Brusselator2d m = new Brusselator2d(5, 10);
        double[] y = m.initialState();
        Random rng = new Random(1);
        for (int i = 0; i < y.length; i++) {
            y[i] += rng.nextDouble();
        }
        double[] hand = new double[y.length];
        m.rhsByHand(y, hand);
        assertArrayEquals(hand, Tracer.run(m::rhs, y, y.length), 1e-9);
        assertArrayEquals(hand, Tracer.trace(m::rhs, y.length, y.length).compile().apply(y), 1e-9);
    }

    @Test
    void tracedPdeStudyAgreesBetweenJacobians() {
        TracedPdeResult r = TracedPdeStudy.run(new TracedPdeConfig(5, 4, 10, 0.05, 1e-6, 1));
        assertEquals(50, r.unknowns());
        assertEquals(
                50 * 6 + 50, r.jacobianNonZeros() + 50); // 5-point stencil + coupling: 6 per row
        assertTrue(r.rhsMaxRelativeDifference() < 1e-12);
        assertTrue(r.solutionMaxDifference() < 1e-3, () -> "" + r.solutionMaxDifference());
        assertTrue(r.sparse().stats().accepted() > 0);
    }

    @Test
    void egraphStudyKeepsValues() {
        EGraphStudyResult r =
                EGraphStudy.run(
                        MassActionNetwork.random(6, 8, 2),
                        new EGraphStudyConfig(
                                SaturationLimits.defaults().withMaxIterations(4), 200, 1, 1));
        assertTrue(r.maxRelativeDifference() < 1e-9, () -> "" + r.maxRelativeDifference());
        assertTrue(r.treeOperations() >= r.dagOperations());
        assertTrue(r.egraphCost() <= r.dagCost() + 1e-9);
    }
}
