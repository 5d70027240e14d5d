package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.stats.optim.FiniteDifferences;

import java.util.List;

/** Every family: analytic score vs finite differences, h = H′, inverse of H, special cases. */
class HazardFamilyTest {
    static final List<HazardFamily> FAMILIES =
            List.of(
                    ApgwFamily.INSTANCE,
                    WeibullFamily.INSTANCE,
                    LogLogisticFamily.INSTANCE,
                    BurrFamily.INSTANCE,
                    GompertzFamily.INSTANCE);

    /** Linear predictors to test each family at (κ near 0, negative, large; ρ of both signs). */
    static List<double[]> etas(HazardFamily family) {
        return switch (family.size()) {
            case 4 ->
                    List.of(
                            new double[] {-1.2, 0.3, 0.4, Math.log(2)},
                            new double[] {-0.5, -0.2, -0.3, 1e-7},
                            new double[] {0.2, 0.1, 0.2, Math.log1p(-0.6)},
                            new double[] {-2, 0.5, -0.5, 3},
                            new double[] {-1, 0, 0.1, -0.004});
            case 3 -> List.of(new double[] {-1.2, 0.3, 0.4}, new double[] {0.4, -0.6, -0.3});
            default ->
                    family.links().get(1) == Link.IDENTITY
                            ? List.of(
                                    new double[] {-1, 0.4},
                                    new double[] {-0.5, -0.7},
                                    new double[] {0.3, 1e-9})
                            : List.of(new double[] {-1.2, 0.4}, new double[] {0.5, -0.3});
        };
    }

    @Test
    void analyticScoreMatchesFiniteDifferences() {
        for (HazardFamily family : FAMILIES) {
            for (double[] eta : etas(family)) {
                for (double t : new double[] {0.05, 0.7, 2.5, 9}) {
                    for (boolean event : new boolean[] {true, false}) {
                        double[] analytic = new double[eta.length];
                        family.logLikelihood(t, event, eta, analytic);
                        double[] numeric =
                                FiniteDifferences.gradient(
                                        e ->
                                                family.logLikelihood(
                                                        t, event, e, new double[e.length]),
                                        eta);
                        for (int k = 0; k < eta.length; k++) {
                            assertEquals(
                                    numeric[k],
                                    analytic[k],
                                    1e-6 * Math.max(1, Math.abs(numeric[k])),
                                    family.name()
                                            + " ∂/∂η"
                                            + k
                                            + " at t = "
                                            + t
                                            + ", event "
                                            + event);
                        }
                    }
                }
            }
        }
    }

    @Test
    void logLikelihoodIsLogHazardMinusCumulativeHazard() {
        for (HazardFamily family : FAMILIES) {
            for (double[] eta : etas(family)) {
                double[] theta = family.natural(eta);
                double t = 1.3;
                double ll = family.logLikelihood(t, true, eta, new double[eta.length]);
                assertEquals(
                        family.logHazard(t, theta) - family.cumulativeHazard(t, theta),
                        ll,
                        1e-12,
                        family.name());
                double censored = family.logLikelihood(t, false, eta, new double[eta.length]);
                assertEquals(-family.cumulativeHazard(t, theta), censored, 1e-12, family.name());
            }
        }
    }

    @Test
    void hazardIsTheDerivativeOfTheCumulativeHazard() {
        for (HazardFamily family : FAMILIES) {
            for (double[] eta : etas(family)) {
                double[] theta = family.natural(eta);
                for (double t : new double[] {0.3, 1.1, 4}) {
                    double h = 1e-6 * t;
                    double numeric =
                            (family.cumulativeHazard(t + h, theta)
                                            - family.cumulativeHazard(t - h, theta))
                                    / (2 * h);
                    assertEquals(
                            numeric,
                            family.hazard(t, theta),
                            1e-6 * Math.max(1, numeric),
                            family.name());
                }
            }
        }
    }

    @Test
    void inverseCumulativeHazardInvertsIt() {
        for (HazardFamily family : FAMILIES) {
            for (double[] eta : etas(family)) {
                double[] theta = family.natural(eta);
                for (double t : new double[] {0.01, 0.5, 3, 12}) {
                    double y = family.cumulativeHazard(t, theta);
                    assertEquals(
                            t, family.inverseCumulativeHazard(y, theta), 1e-9 * t, family.name());
                }
            }
        }
    }

    @Test
    void apgwKappaOneIsWeibull() {
        double lambda = 0.4;
        double phi = 1.7;
        double gamma = 1.3;
        for (double t : new double[] {0.2, 1, 5}) {
            double apgw =
                    ApgwFamily.INSTANCE.cumulativeHazard(t, new double[] {lambda, phi, gamma, 1});
            double weibull =
                    phi * WeibullFamily.INSTANCE.cumulativeHazard(t, new double[] {lambda, gamma});
            assertEquals(weibull, apgw, 1e-12 * weibull);
        }
    }

    @Test
    void apgwKappaZeroIsBurrAndWithPhiOneLogLogistic() {
        double[] burr = {0.4, 1.7, 1.3};
        for (double t : new double[] {0.2, 1, 5}) {
            assertEquals(
                    BurrFamily.INSTANCE.cumulativeHazard(t, burr),
                    ApgwFamily.INSTANCE.cumulativeHazard(t, new double[] {0.4, 1.7, 1.3, 0}),
                    1e-13);
            assertEquals(
                    BurrFamily.INSTANCE.logHazard(t, burr),
                    ApgwFamily.INSTANCE.logHazard(t, new double[] {0.4, 1.7, 1.3, 0}),
                    1e-13);
            assertEquals(
                    LogLogisticFamily.INSTANCE.cumulativeHazard(t, new double[] {0.4, 1.3}),
                    ApgwFamily.INSTANCE.cumulativeHazard(t, new double[] {0.4, 1, 1.3, 0}),
                    1e-13);
        }
        // Continuity of the κ → 0 branch.
        double at0 = ApgwFamily.INSTANCE.cumulativeHazard(2, new double[] {0.4, 1.7, 1.3, 0});
        double near0 = ApgwFamily.INSTANCE.cumulativeHazard(2, new double[] {0.4, 1.7, 1.3, 1e-9});
        assertEquals(at0, near0, 1e-8);
    }

    @Test
    void apgwTendsToGompertzAsKappaGrows() {
        double lambda = 0.3;
        double phi = 0.8;
        for (double t : new double[] {0.5, 2, 6}) {
            double apgw =
                    ApgwFamily.INSTANCE.cumulativeHazard(t, new double[] {lambda, phi, 1, 1e7});
            double gompertz =
                    GompertzFamily.INSTANCE.cumulativeHazard(
                            t, new double[] {phi * lambda, lambda});
            assertEquals(gompertz, apgw, 1e-5 * gompertz);
        }
    }

    @Test
    void negativeKappaGivesTheCureFraction() {
        double[] theta = {0.5, 0.9, 1.2, -0.4};
        double cure = Math.exp(-0.9 * 0.6 / 0.4);
        assertEquals(cure, ApgwFamily.INSTANCE.cureFraction(theta), 1e-14);
        assertEquals(cure, ApgwFamily.INSTANCE.survival(1e12, theta), 1e-6);
        double beyond = -Math.log(cure) + 0.01;
        assertEquals(
                Double.POSITIVE_INFINITY,
                ApgwFamily.INSTANCE.inverseCumulativeHazard(beyond, theta));
        assertEquals(0, ApgwFamily.INSTANCE.cureFraction(new double[] {0.5, 0.9, 1.2, 0.5}));
    }

    @Test
    void gompertzWithNegativeRateIsDefective() {
        double[] theta = {0.6, -0.3};
        assertEquals(Math.exp(0.6 / -0.3), GompertzFamily.INSTANCE.cureFraction(theta), 1e-14);
        assertTrue(Double.isInfinite(GompertzFamily.INSTANCE.inverseCumulativeHazard(2.5, theta)));
    }
}
