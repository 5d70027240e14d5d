package org.paramlab.symbolic.rewrite;

/**
 * Limits for {@link Simplifier#simplify}: it stops at the first limit reached and returns the best
 * expression seen so far.
 *
 * @param maxSteps successful rule applications, at least 1 (default 10,000)
 * @param maxNodes largest tree size an intermediate result may reach, at least 1 (default 1e6)
 * @param timeoutMillis wall-clock limit, at least 1 (default 2,000 ms)
 */
public record SimplifyBudget(int maxSteps, long maxNodes, long timeoutMillis) {
    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public SimplifyBudget {
        if (maxSteps < 1 || maxNodes < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException(
                    "Every simplify limit must be ≥ 1, found maxSteps="
                            + maxSteps
                            + ", maxNodes="
                            + maxNodes
                            + ", timeoutMillis="
                            + timeoutMillis);
        }
    }

    /** 10,000 steps, 1,000,000 nodes, 2 s. */
    public static SimplifyBudget defaults() {
        return new SimplifyBudget(10_000, 1_000_000, 2_000);
    }

    /** This budget with another step limit. */
    public SimplifyBudget withMaxSteps(int steps) {
        return new SimplifyBudget(steps, maxNodes, timeoutMillis);
    }

    /** This budget with another node limit. */
    public SimplifyBudget withMaxNodes(long nodes) {
        return new SimplifyBudget(maxSteps, nodes, timeoutMillis);
    }

    /** This budget with another time limit. */
    public SimplifyBudget withTimeoutMillis(long millis) {
        return new SimplifyBudget(maxSteps, maxNodes, millis);
    }
}
