package org.paramlab.symbolic.egraph;

import java.util.List;

/**
 * What a {@link SaturationRunner} did: why it stopped, and per-iteration statistics.
 *
 * @param stopReason why the run ended
 * @param iterations the statistics of each iteration run
 * @param nodes e-nodes at the end
 * @param classes e-classes at the end
 * @param elapsedMillis wall-clock time
 */
public record SaturationResult(
        StopReason stopReason,
        List<Iteration> iterations,
        int nodes,
        int classes,
        long elapsedMillis) {
    /** Copies the list. */
    public SaturationResult {
        iterations = List.copyOf(iterations);
    }

    /** Why saturation stopped (egg's {@code StopReason}). */
    public enum StopReason {
        /** An iteration changed nothing and no rule was banned: every equality was found. */
        SATURATED,
        /** The iteration limit was reached. */
        ITERATION_LIMIT,
        /** The e-graph grew past the node limit. */
        NODE_LIMIT,
        /** The time limit was reached. */
        TIME_LIMIT
    }

    /**
     * One iteration: search every rule, apply the matches, rebuild.
     *
     * @param index 0-based iteration number
     * @param applied unions that merged two classes
     * @param nodes e-nodes after the rebuild
     * @param classes e-classes after the rebuild
     * @param searchMillis time searching
     * @param applyMillis time applying
     * @param rebuildMillis time rebuilding
     */
    public record Iteration(
            int index,
            int applied,
            int nodes,
            int classes,
            long searchMillis,
            long applyMillis,
            long rebuildMillis) {}
}
