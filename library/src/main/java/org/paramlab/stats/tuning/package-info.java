/**
 * An empirical illustration of Maria-Florina Balcan, Anh Tuan Nguyen and Dravyansh Sharma, "Sample
 * complexity of data-driven tuning of model hyperparameters in neural networks", NeurIPS 2025,
 * arXiv:2501.13734.
 *
 * <p>The paper is theory only: over a distribution of tasks, the utility u(α) of a hyperparameter
 * (for instance α in the interpolated activation σ_α = α·σ₁ + (1 − α)·σ₂) has boundedly many
 * discontinuities and oscillations, so its pseudo-dimension is bounded and tuning α on N tasks
 * generalises with a gap of order √(d/N). Its bounds are not numerically checkable; here we measure
 * the two observable faces on Fashion-MNIST class pairs ({@link
 * org.paramlab.stats.tuning.FashionPairTasks}): the number of local extrema of u(α) ({@link
 * org.paramlab.stats.tuning.Oscillations}) and the tuning gap against N ({@link
 * org.paramlab.stats.tuning.SampleComplexity}).
 *
 * <p>Start with {@link org.paramlab.stats.tuning.UtilityGrid#compute}, which trains one MLP per
 * task and α ({@link org.paramlab.stats.tuning.InterpolatedMlp}, batched on DJL).
 *
 * <pre>{@code
 * var tasks = FashionPairTasks.load(manager, 12_000, 20, 250, 42);
 * var grid = UtilityGrid.compute(manager, tasks, UtilityGrid.unitGrid(201), MlpConfig.defaults());
 * SampleComplexity.gaps(grid, new int[] {2, 4, 8, 16, 32}, 50, 1).table()
 * }</pre>
 */
package org.paramlab.stats.tuning;
