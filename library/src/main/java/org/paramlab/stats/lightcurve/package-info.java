/**
 * Phenomenological light-curve models of eclipsing binaries, reproducing on synthetic data Ivan L.
 * Andronov, Mariia G. Tkachenko and Lidia L. Chinarova, "Phenomenological modelling of a group of
 * eclipsing binary stars", arXiv:1510.00333, 2015 (the NAV method of Andronov, Astrophysics 55:536,
 * 2012, arXiv:1208.3655).
 *
 * <p>The paper's claim: the 10-parameter NAV model (a second-order trigonometric polynomial plus
 * two localised eclipse profiles, {@link org.paramlab.stats.lightcurve.NavModel}) fits an
 * Algol-type star better than the statistically optimal trigonometric polynomial, which needs 44
 * parameters there, and is better even for a W UMa-type star with wide eclipses.
 *
 * <p>Test data come from {@link org.paramlab.stats.lightcurve.EclipsingBinary}, a physical model
 * (limb-darkened spheres with numerically integrated overlap, ellipsoidal and reflection terms);
 * {@link org.paramlab.stats.lightcurve.TrigOrderSelection} fits trigonometric polynomials, {@link
 * org.paramlab.stats.lightcurve.NavFit} the NAV model (grid seed, then Levenberg–Marquardt), and
 * {@link org.paramlab.stats.lightcurve.NavComparison} runs both on one system.
 *
 * <pre>{@code
 * NavComparisonResult algol = NavComparison.run(EclipsingBinary.algol(), 600, 0.01, 40, 42);
 * algol.table()
 * }</pre>
 *
 * <p><b>Verified or read:</b> the NAV ingredients and parameter count are from the papers'
 * abstracts; the exact eclipse profile H(z, β) = (1 − |z|^β)^{3/2} is our reading (see {@link
 * org.paramlab.stats.lightcurve.NavModel}).
 */
package org.paramlab.stats.lightcurve;
