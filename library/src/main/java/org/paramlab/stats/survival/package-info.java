/**
 * Parametric survival analysis with multi-parameter regression, reproducing Kevin Burke, M. C.
 * Jones and Angela Noufaily, "A flexible parametric modelling framework for survival analysis",
 * Journal of the Royal Statistical Society Series C 69(2):429–457, 2020, arXiv:1901.03212.
 *
 * <p>The paper's claim: one four-parameter family, the adapted power generalised Weibull ({@link
 * org.paramlab.stats.survival.ApgwFamily}: AFT scale λ, PH scale φ, power shape γ, shape κ), nests
 * the Weibull, log-logistic, Burr XII, Gompertz (a limit) and cure models; covariates belong in one
 * scale parameter plus the power shape γ (multi-parameter regression), and simulations give little
 * support for having both AFT and PH terms.
 *
 * <p>Start with {@link org.paramlab.stats.survival.CensoredSample#from} (a table from {@link
 * org.paramlab.data.SurvivalData}), describe a model with {@link
 * org.paramlab.stats.survival.SurvivalModel}, fit it with {@link
 * org.paramlab.stats.survival.SurvivalMle}, compare fits with {@link
 * org.paramlab.stats.survival.ModelComparison} and {@link
 * org.paramlab.stats.survival.LikelihoodRatioTest}, and draw {@link
 * org.paramlab.stats.survival.KaplanMeier} curves with {@link
 * org.paramlab.stats.survival.SurvivalPlots}. {@link org.paramlab.stats.survival.SurvivalStudy}
 * runs the simulation studies.
 *
 * <pre>{@code
 * var veteran = CensoredSample.from(new SurvivalData().veteran(), "time", "status", 1, "trt");
 * var model = SurvivalModel.of("APGW-PH", ApgwFamily.INSTANCE).withCovariates("phi", "trt");
 * SurvivalMle.fit(model, veteran).summary()
 * }</pre>
 *
 * <p><b>What was and was not verified.</b> The families' Weibull and log-logistic cases and the
 * Kaplan–Meier estimator are checked against R's {@code survreg} and {@code survfit} (fixtures in
 * the tests). The APGW form itself is our reading of the paper's abstract, not of its §2, which
 * could not be read here; {@link org.paramlab.stats.survival.ApgwFamily} says exactly what was
 * assumed.
 */
package org.paramlab.stats.survival;
