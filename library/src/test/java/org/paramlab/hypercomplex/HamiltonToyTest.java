package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HamiltonToyTest {

    @Test
    void phmLearnsTheHamiltonProductAndItsRules() {
        HamiltonToyResult r = HamiltonToy.run(HamiltonToyConfig.defaults());
        assertTrue(r.heldOutMse() < 1e-4, "held-out MSE " + r.heldOutMse());
        assertTrue(r.relativeError() < 1e-2, "relative error " + r.relativeError());
        assertTrue(r.outsideSpan() < 1e-3, "share outside Hamilton's span " + r.outsideSpan());
        assertEquals(64, r.learned().length);
    }

    @Test
    void spanShareIsZeroForHamiltonsRulesAndOneForAnOrthogonalMatrix() {
        assertEquals(0, HamiltonToy.outsideHamiltonSpan(Quaternion.rules()), 1e-12);
        float[] off = new float[64];
        for (int i = 0; i < 4; i++) {
            off[i * 16 + 1] = 1; // entry (0, 1) …
            off[i * 16 + 4] = 1; // … and (1, 0) with the same sign: orthogonal to H₂
        }
        assertEquals(1, HamiltonToy.outsideHamiltonSpan(off), 1e-12);
    }
}
