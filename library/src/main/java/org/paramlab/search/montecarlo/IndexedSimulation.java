package org.paramlab.search.montecarlo;

import java.util.SplittableRandom;

/**
 * A simulation whose result is kept per index, such as one simulated data set and its fit.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface IndexedSimulation<R> {
    /**
     * Computes the result for {@code index}, drawing only from {@code random}.
     *
     * @param index 0-based position of this run
     * @param random a stream used by this index alone
     * @return the result, kept at position {@code index}
     */
    R simulate(int index, SplittableRandom random);
}
