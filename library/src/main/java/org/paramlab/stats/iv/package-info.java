/**
 * Causal effect estimation with outcome-invariant data augmentation, reproducing the linear
 * simulation of Uzair Akbar, Niki Kilbertus, Hao Shen, Krikamol Muandet and Bo Dai, "An analysis of
 * causal effect estimation using outcome invariant data augmentation", NeurIPS 2025,
 * arXiv:2510.25128 (code: {@code uzairakbar/causal-data-augmentation}).
 *
 * <p>The paper's claim: a data augmentation that leaves the outcome mechanism unchanged acts as a
 * soft intervention on the treatment, so training on augmented data (DA+ERM) reduces confounding
 * bias; IV-like regression, the IV risk plus α times the ERM risk with the augmentation parameters
 * as instruments ({@link org.paramlab.stats.iv.IvlRegression}), reduces it further, while plain IV
 * on the augmentation (DA+IV) is under-identified when the augmentation spans fewer directions than
 * the treatment has.
 *
 * <p>Estimators: {@link org.paramlab.stats.iv.Ols}, {@link
 * org.paramlab.stats.iv.TwoStageLeastSquares}, {@link org.paramlab.stats.iv.IvlRegression}.
 * Simulation: {@link org.paramlab.stats.iv.LinearSem}, {@link
 * org.paramlab.stats.iv.NullSpaceAugmentation}, run by {@link org.paramlab.stats.iv.IvAugmentation}
 * from an {@link org.paramlab.stats.iv.IvAugmentationConfig}.
 *
 * <pre>{@code
 * var config = IvAugmentationConfig.defaults().withExperiments(8);
 * IvSweepResult sweep = IvAugmentation.gammaSweep(config, IvAugmentation.logspace(-2, 2, 16));
 * sweep.table()
 * }</pre>
 *
 * <p>Every formula here was read in the authors' repository (files named in each class), not
 * recalled: the SEM, the null-space augmentation, the IVL transform K = (√(1 + α) − √α)Π_G + √α·I
 * and the error metric.
 */
package org.paramlab.stats.iv;
