package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;

/**
 * What {@link Simplifier#simplify} found.
 *
 * @param best the cheapest expression seen (the input if nothing was cheaper)
 * @param bestCost its cost under the simplifier's cost function
 * @param steps successful rule applications made
 * @param passes full passes over the expression
 * @param stop why it stopped
 * @param elapsedMillis wall-clock time spent
 */
public record SimplifyResult(
        Expr best, double bestCost, int steps, int passes, Stop stop, long elapsedMillis) {
    /** Why simplification stopped. */
    public enum Stop {
        /** A pass changed nothing: no rule applies anywhere. */
        FIXPOINT,
        /** The step limit was reached. */
        STEP_LIMIT,
        /** An intermediate result exceeded the node limit. */
        NODE_LIMIT,
        /** The time limit was reached. */
        TIME_LIMIT
    }
}
