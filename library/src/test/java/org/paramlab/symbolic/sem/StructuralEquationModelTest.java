package org.paramlab.symbolic.sem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.poly.Polynomial;

import java.util.Random;

class StructuralEquationModelTest {
    @Test
    void oneConnectionFormulaEqualsExactInversionOnRandomGraphs() {
        Random rng = new Random(3);
        for (int k = 0; k < 40; k++) {
            MixedGraph g = MixedGraph.random(5, 0.35, 0.25, rng);
            assertTrue(new StructuralEquationModel(g).formulaMatchesInversion(rng, 2), g::toString);
        }
    }

    @Test
    void formulaEqualsSymbolicInversionAsPolynomials() {
        for (MixedGraph g :
                new MixedGraph[] {
                    MixedGraph.cycle(3),
                    MixedGraph.parse(2, "0->1 0<->1"),
                    MixedGraph.parse(3, "0->1 1->0 1->2 0<->2")
                }) {
            StructuralEquationModel m = new StructuralEquationModel(g);
            assertArrayEquals(
                    m.numeratorPolynomialsByInversion(), m.numeratorPolynomials(), g::toString);
        }
    }

    @Test
    void acyclicGraphsFollowTheTrekRule() {
        // 0 -> 1: σ01 = λ01 ω00, det = 1
        StructuralEquationModel m = new StructuralEquationModel(MixedGraph.chain(2));
        Polynomial[][] s = m.numeratorPolynomials();
        assertEquals(
                Polynomial.of(
                        org.paramlab.symbolic.parse.ExprParser.parse("l0_1*w0_0"), m.parameters()),
                s[0][1]);
        assertTrue(
                m.determinantPolynomial()
                        .equals(Polynomial.constant(Rational.ONE, m.parameters())));
    }

    @Test
    void simpleGraphsAreFullRankAndNonSimpleOnesAreNot() {
        Random rng = new Random(5);
        String[] simple = {"0->1 1->2 2->0", "0->1 1->2 2->3 3->0", "0->1 1->2 2->3 3->0 0<->2"};
        int[] n = {3, 4, 4};
        for (int i = 0; i < simple.length; i++) {
            MixedGraph g = MixedGraph.parse(n[i], simple[i]);
            assertTrue(g.isSimple());
            assertEquals(
                    g.parameterCount(),
                    new StructuralEquationModel(g).jacobianRank(rng, 2),
                    simple[i]);
        }
        for (String s : new String[] {"0->1 1->0", "0->1 0<->1"}) {
            MixedGraph g = MixedGraph.parse(2, s);
            assertFalse(g.isSimple());
            assertEquals(3, new StructuralEquationModel(g).jacobianRank(rng, 2), s);
        }
    }

    @Test
    void graphsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> MixedGraph.parse(2, "0->0"));
        assertThrows(IllegalArgumentException.class, () -> MixedGraph.parse(2, "0->2"));
        assertThrows(IllegalArgumentException.class, () -> MixedGraph.parse(2, "0->1 0->1"));
        assertThrows(IllegalArgumentException.class, () -> MixedGraph.parse(2, "0-1"));
        assertEquals("0->1 1->2 0<->2", MixedGraph.parse(3, "0->1, 1->2, 2<->0").toString());
        assertEquals(6, MixedGraph.cycle(3).parameterCount());
    }
}
