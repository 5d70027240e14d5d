package org.paramlab.stats.lightcurve;

import java.util.SplittableRandom;

/**
 * The comparison of Andronov, Tkachenko and Chinarova ("Phenomenological modelling of a group of
 * eclipsing binary stars", arXiv:1510.00333, 2015) on synthetic data: one light curve of an {@link
 * EclipsingBinary}, trigonometric polynomials of orders 1 … s_max with the order chosen by
 * cross-validation and by σ[x_C], and the NAV fit.
 */
public final class NavComparison {
    private NavComparison() {}

    /**
     * Observes {@code system} at {@code points} random phases with noise σ, then fits.
     *
     * @param maxOrder the largest trigonometric order tried (the paper's optimum for its Algol star
     *     has 44 parameters, s = 21)
     */
    public static NavComparisonResult run(
            EclipsingBinary system, int points, double sigma, int maxOrder, long seed) {
        PhotometrySample sample = system.observe(points, sigma, new SplittableRandom(seed));
        TrigOrderSelection selection =
                TrigOrderSelection.select(sample.phases(), sample.magnitudes(), maxOrder);
        NavFitResult nav = NavFit.fit(sample.phases(), sample.magnitudes());
        return new NavComparisonResult(system, sample, selection, nav);
    }
}
