/**
 * A parallel Monte Carlo engine whose results do not depend on the number of threads.
 *
 * <p>Work is cut into blocks of a fixed number of runs. Block b draws from the b-th stream split,
 * in order, from a {@link java.util.SplittableRandom} seeded with the experiment's seed (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014); each block folds
 * its runs into its own accumulator, and the accumulators are merged in block order. Which thread
 * runs a block therefore changes nothing, and 1, 2 or 16 threads give bit-identical results.
 *
 * <p>Start with {@link org.paramlab.search.montecarlo.MonteCarlo#run} (fold runs into a summary) or
 * {@link org.paramlab.search.montecarlo.MonteCarlo#map} (one result per index, e.g. one model fit
 * per simulated data set).
 *
 * <pre>{@code
 * var config = MonteCarloConfig.of(1_000_000, 42);            // all cores
 * double[] hits = MonteCarlo.run(config, () -> new double[1],
 *         (rng, acc) -> { double x = rng.nextDouble(), y = rng.nextDouble();
 *                          if (x * x + y * y < 1) acc[0]++; },
 *         (a, b) -> new double[] {a[0] + b[0]});
 * 4 * hits[0] / 1e6;                                           // about π
 * }</pre>
 */
package org.paramlab.search.montecarlo;
