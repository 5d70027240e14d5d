package org.paramlab.stats.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class EclipsingBinaryTest {

    /** Area of the lens where two circles (radii a, b, centres d apart) overlap. */
    static double lensArea(double a, double b, double d) {
        double alpha = Math.acos((d * d + a * a - b * b) / (2 * d * a));
        double beta = Math.acos((d * d + b * b - a * a) / (2 * d * b));
        return a * a * (alpha - Math.sin(2 * alpha) / 2) + b * b * (beta - Math.sin(2 * beta) / 2);
    }

    @Test
    void uniformDiscOverlapMatchesTheLensArea() {
        for (double d : new double[] {0.05, 0.12, 0.2}) {
            double hidden = EclipsingBinary.hidden(0.1, 1, 0, 0.15, d);
            assertEquals(lensArea(0.1, 0.15, d), hidden, 2e-5 * Math.PI * 0.01, "d = " + d);
        }
    }

    @Test
    void totalAndNoEclipse() {
        double total = EclipsingBinary.hidden(0.1, 2, 0.6, 0.15, 0.02);
        // Midpoint annuli: relative error about 4e-6 from the limb-darkening square root at the
        // edge.
        assertEquals(EclipsingBinary.discFlux(0.1, 2, 0.6), total, 1e-5 * total);
        assertEquals(0, EclipsingBinary.hidden(0.1, 1, 0.6, 0.15, 0.26));
    }

    @Test
    void primaryEclipseIsTheDeepestPointAndCurvesArePeriodic() {
        EclipsingBinary algol = EclipsingBinary.algol();
        assertTrue(algol.magnitude(0) > algol.magnitude(0.5));
        assertTrue(algol.magnitude(0.5) > algol.magnitude(0.25));
        assertEquals(algol.magnitude(0.1), algol.magnitude(1.1), 1e-12);
        assertEquals(algol.magnitude(0.1), algol.magnitude(-0.1), 1e-12);
    }

    @Test
    void observationsAreSortedWithTheRequestedNoise() {
        PhotometrySample s =
                EclipsingBinary.wUrsaeMajoris().observe(4000, 0.01, new SplittableRandom(1));
        double ss = 0;
        for (int i = 0; i < s.size(); i++) {
            ss += Math.pow(s.magnitudes()[i] - s.truth()[i], 2);
            if (i > 0) {
                assertTrue(s.phases()[i] >= s.phases()[i - 1]);
            }
        }
        assertEquals(0.01, Math.sqrt(ss / s.size()), 0.0005);
    }

    @Test
    void touchingStarsAreRejected() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new EclipsingBinary("x", 0.6, 0.5, 90, 1, 0.5, 0.5, 1, 0));
        assertTrue(e.getMessage().contains("r1 + r2 < 1"));
    }
}
