package org.paramlab.search.montecarlo;

import java.util.SplittableRandom;

/**
 * One Monte Carlo run, folded into an accumulator.
 *
 * @param <A> the accumulator type (e.g. a {@code double[]} of sums, or a small mutable record)
 */
@FunctionalInterface
public interface Simulation<A> {
    /**
     * Runs once, drawing only from {@code random}, and adds the outcome to {@code accumulator}.
     *
     * @param random this block's stream; do not share it across threads
     * @param accumulator this block's accumulator
     */
    void simulate(SplittableRandom random, A accumulator);
}
