package org.paramlab.stats.lightcurve;

import org.paramlab.stats.optim.ResidualModel;

import java.util.List;

/**
 * The NAV ("New Algol Variable") phenomenological light-curve model of Andronov (Astrophysics
 * 55:536, 2012, arXiv:1208.3655), applied by Andronov, Tkachenko and Chinarova, "Phenomenological
 * modelling of a group of eclipsing binary stars", arXiv:1510.00333, 2015: a second-order
 * trigonometric polynomial (reflection, ellipsoidality, spots) plus localised primary and secondary
 * eclipses of a common half-width,
 *
 * <pre>
 *   m(φ) = C₁ + C₂cos 2πφ + C₃sin 2πφ + C₄cos 4πφ + C₅sin 4πφ
 *          + C₆·H(φ/C₈, C₉) + C₇·H((φ − ½)/C₈, C₁₀),
 *   H(z, β) = (1 − |z|^β)^{3/2} for |z| &lt; 1, 0 otherwise,
 * </pre>
 *
 * with phases taken to the nearest eclipse (φ − round(φ)), C₆ and C₇ the eclipse depths, C₈ the
 * eclipse half-width in phase and C₉, C₁₀ the profile shapes: 10 parameters with period and epoch
 * fixed, as the paper states.
 *
 * <p><b>Our reading, not verified against the papers' text.</b> The abstracts we could read confirm
 * the ingredients (TP2 plus localised minima with separate depth and profile, one half-width, 10
 * parameters); the exact profile function H is from memory, supported only by Andronov's use of the
 * exponent 3/2 for the flux change near first contact in his related "wall-supported" eclipse fits.
 */
public final class NavModel {
    /** Parameter names C1 … C10. */
    public static final List<String> NAMES =
            List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10");

    private NavModel() {}

    /** m(φ) for parameters C (length 10). */
    public static double value(double phase, double[] c) {
        double angle = 2 * Math.PI * phase;
        double primary = phase - Math.rint(phase);
        double secondaryPhase = phase - 0.5;
        double secondary = secondaryPhase - Math.rint(secondaryPhase);
        return c[0]
                + c[1] * Math.cos(angle)
                + c[2] * Math.sin(angle)
                + c[3] * Math.cos(2 * angle)
                + c[4] * Math.sin(2 * angle)
                + c[5] * profile(primary / c[7], c[8])
                + c[6] * profile(secondary / c[7], c[9]);
    }

    /** H(z, β) = (1 − |z|^β)^{3/2} inside |z| &lt; 1, else 0. */
    public static double profile(double z, double beta) {
        double a = Math.abs(z);
        if (a >= 1) {
            return 0;
        }
        double inner = 1 - Math.pow(a, beta);
        return inner * Math.sqrt(inner);
    }

    /** The model as a {@link ResidualModel} at given phases. */
    static ResidualModel at(double[] phases) {
        return new ResidualModel() {
            /** {@inheritDoc} */
            @Override
            public int parameterCount() {
                return 10;
            }

            /** {@inheritDoc} */
            @Override
            public double[] values(double[] c) {
                double[] out = new double[phases.length];
                for (int i = 0; i < phases.length; i++) {
                    out[i] = value(phases[i], c);
                }
                return out;
            }
        };
    }
}
