package org.paramlab.stats.lightcurve;

import java.util.SplittableRandom;

/**
 * A physical model of an eclipsing binary, used to make test light curves with a known truth: two
 * spheres on a circular orbit, seen at inclination i, with linear limb darkening I(μ) = I₀(1 − u(1
 * − μ)); the eclipsed flux is the limb-darkened intensity of the back star integrated over its part
 * hidden by the front disc (1,000 annuli, relative error about 10⁻⁵). Ellipsoidal variation,
 * −A_ell·cos 4πφ with A_ell = 0.4·Σₖ Fₖqₖrₖ³ sin²i, and reflection, each star's irradiated
 * hemisphere adding albedo·r²·F_other times (1 ∓ cos 2πφ)/2, are first-order approximations (they
 * are not eclipsed). Magnitudes are m = −2.5·log₁₀(F/(F₁ + F₂)).
 *
 * <p>Radii are in units of the separation; phase φ = 0 is the primary eclipse (star 1 behind star
 * 2). This is our synthesiser for test data, not the model of any paper; Andronov, Tkachenko and
 * Chinarova's stars are real photometry that is not available here.
 *
 * @param name a label
 * @param r1 radius of star 1 (the hotter, eclipsed at φ = 0)
 * @param r2 radius of star 2
 * @param inclinationDegrees i, 90° edge-on
 * @param brightnessRatio central surface brightness of star 2 over star 1
 * @param limbDarkening1 u₁
 * @param limbDarkening2 u₂
 * @param massRatio q = m₂/m₁
 * @param albedo the reflection efficiency
 */
public record EclipsingBinary(
        String name,
        double r1,
        double r2,
        double inclinationDegrees,
        double brightnessRatio,
        double limbDarkening1,
        double limbDarkening2,
        double massRatio,
        double albedo) {
    private static final int ANNULI = 1000;

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if the stars overlap (r₁ + r₂ ≥ 1), a radius is not
     *     positive, or a coefficient is out of range
     */
    public EclipsingBinary {
        if (!(r1 > 0 && r2 > 0) || r1 + r2 >= 1) {
            throw new IllegalArgumentException(
                    "Radii must be positive with r1 + r2 < 1 (spheres that do not touch), found r1"
                            + " = "
                            + r1
                            + ", r2 = "
                            + r2
                            + ".");
        }
        if (!(inclinationDegrees > 0 && inclinationDegrees <= 90)) {
            throw new IllegalArgumentException(
                    "The inclination must be in (0, 90] degrees, found "
                            + inclinationDegrees
                            + ".");
        }
        if (!(brightnessRatio > 0) || !(massRatio > 0) || !(albedo >= 0)) {
            throw new IllegalArgumentException(
                    "brightnessRatio and massRatio must be positive and albedo >= 0, found "
                            + brightnessRatio
                            + ", "
                            + massRatio
                            + ", "
                            + albedo
                            + ".");
        }
        for (double u : new double[] {limbDarkening1, limbDarkening2}) {
            if (!(u >= 0 && u <= 1)) {
                throw new IllegalArgumentException(
                        "Limb darkening must be in [0, 1], found " + u + ".");
            }
        }
    }

    /** An Algol-type (EA) detached system, r₁ + r₂ = 0.25: narrow eclipses, a total primary. */
    public static EclipsingBinary algol() {
        return new EclipsingBinary("Algol (EA)", 0.10, 0.15, 88, 0.2, 0.6, 0.6, 0.5, 0.5);
    }

    /** A β Lyrae-type (EB) semi-detached system, r₁ + r₂ = 0.45. */
    public static EclipsingBinary betaLyrae() {
        return new EclipsingBinary("\u03b2 Lyrae (EB)", 0.20, 0.25, 85, 0.5, 0.6, 0.6, 0.5, 0.5);
    }

    /** A W UMa-type (EW) near-contact system, r₁ + r₂ = 0.7: wide eclipses of similar depth. */
    public static EclipsingBinary wUrsaeMajoris() {
        return new EclipsingBinary("W UMa (EW)", 0.38, 0.32, 80, 0.9, 0.6, 0.6, 0.7, 0.5);
    }

    /** r₁ + r₂. */
    public double radiusSum() {
        return r1 + r2;
    }

    /** The magnitude at phase φ, relative to the uneclipsed spheres. */
    public double magnitude(double phase) {
        return -2.5
                * Math.log10(
                        flux(phase)
                                / (discFlux(r1, 1, limbDarkening1)
                                        + discFlux(r2, brightnessRatio, limbDarkening2)));
    }

    /** The total flux at phase φ (star 1 has central intensity 1). */
    public double flux(double phase) {
        double angle = 2 * Math.PI * phase;
        double sinI = Math.sin(Math.toRadians(inclinationDegrees));
        double cosI = Math.cos(Math.toRadians(inclinationDegrees));
        double f1 = discFlux(r1, 1, limbDarkening1);
        double f2 = discFlux(r2, brightnessRatio, limbDarkening2);
        double delta =
                Math.sqrt(Math.pow(Math.sin(angle), 2) + Math.pow(cosI * Math.cos(angle), 2));
        double eclipsed =
                Math.cos(angle) > 0
                        ? hidden(r1, 1, limbDarkening1, r2, delta) // star 2 in front
                        : hidden(r2, brightnessRatio, limbDarkening2, r1, delta);
        double ellipsoidal =
                0.4
                        * (f1 * massRatio * Math.pow(r1, 3) + f2 / massRatio * Math.pow(r2, 3))
                        * sinI
                        * sinI;
        double reflection =
                albedo
                        * (r2 * r2 * f1 * (1 - Math.cos(angle)) / 2
                                + r1 * r1 * f2 * (1 + Math.cos(angle)) / 2);
        return f1 + f2 - eclipsed - ellipsoidal * Math.cos(2 * angle) + reflection;
    }

    /**
     * {@code points} observations at uniformly random phases with Gaussian noise σ (magnitudes),
     * sorted by phase.
     */
    public PhotometrySample observe(int points, double sigma, SplittableRandom random) {
        if (points < 12) {
            throw new IllegalArgumentException(
                    "At least 12 points are needed to fit the 10-parameter NAV model, found "
                            + points
                            + ".");
        }
        double[] phases = new double[points];
        for (int i = 0; i < points; i++) {
            phases[i] = random.nextDouble();
        }
        java.util.Arrays.sort(phases);
        double[] truth = new double[points];
        double[] observed = new double[points];
        for (int i = 0; i < points; i++) {
            truth[i] = magnitude(phases[i]);
            observed[i] = truth[i] + sigma * random.nextGaussian();
        }
        return new PhotometrySample(phases, observed, truth, sigma);
    }

    /** π r² I₀ (1 − u/3): the flux of a limb-darkened disc. */
    static double discFlux(double r, double intensity, double u) {
        return Math.PI * r * r * intensity * (1 - u / 3);
    }

    /** The flux of the back disc (radius rb) hidden by the front disc (radius rf) at distance δ. */
    static double hidden(double rb, double intensity, double u, double rf, double delta) {
        if (delta >= rb + rf) {
            return 0;
        }
        double sum = 0;
        double dr = rb / ANNULI;
        for (int k = 0; k < ANNULI; k++) {
            double rho = (k + 0.5) * dr;
            double mu = Math.sqrt(1 - (rho / rb) * (rho / rb));
            double arc;
            if (delta + rho <= rf) {
                arc = 2 * Math.PI;
            } else if (rho >= delta + rf || delta >= rho + rf) {
                arc = 0;
            } else {
                double c = (rho * rho + delta * delta - rf * rf) / (2 * rho * delta);
                arc = 2 * Math.acos(Math.max(-1, Math.min(1, c)));
            }
            sum += arc * rho * dr * intensity * (1 - u * (1 - mu));
        }
        return sum;
    }
}
