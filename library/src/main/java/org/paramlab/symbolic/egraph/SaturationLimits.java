package org.paramlab.symbolic.egraph;

/**
 * Limits for a {@link SaturationRunner}, and its rule scheduler (egg's {@code BackoffScheduler}): a
 * rule whose matches in one iteration exceed {@code matchLimit·2^b} is banned for {@code
 * banLength·2^b} iterations, b being how often it was banned before, so that a few explosive rules
 * (associativity, commutativity) do not crowd out the rest.
 *
 * @param maxIterations iterations, at least 1 (default 30, as egg)
 * @param maxNodes e-nodes, at least 1 (default 10,000, as egg)
 * @param timeoutMillis wall-clock limit, at least 1 (default 5,000 ms, as egg)
 * @param matchLimit matches per rule per iteration before a ban; at least 1 (default 1,000)
 * @param banLength iterations of the first ban; at least 0, 0 disables banning (default 5)
 */
public record SaturationLimits(
        int maxIterations, int maxNodes, long timeoutMillis, int matchLimit, int banLength) {
    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if a limit is out of range
     */
    public SaturationLimits {
        if (maxIterations < 1 || maxNodes < 1 || timeoutMillis < 1 || matchLimit < 1) {
            throw new IllegalArgumentException(
                    "Saturation limits must be ≥ 1, found maxIterations="
                            + maxIterations
                            + ", maxNodes="
                            + maxNodes
                            + ", timeoutMillis="
                            + timeoutMillis
                            + ", matchLimit="
                            + matchLimit);
        }
        if (banLength < 0) {
            throw new IllegalArgumentException("banLength must be ≥ 0, found " + banLength);
        }
    }

    /** 30 iterations, 10,000 nodes, 5 s, backoff 1,000 matches / 5 iterations (egg's defaults). */
    public static SaturationLimits defaults() {
        return new SaturationLimits(30, 10_000, 5_000, 1_000, 5);
    }

    /** These limits with another iteration limit. */
    public SaturationLimits withMaxIterations(int n) {
        return new SaturationLimits(n, maxNodes, timeoutMillis, matchLimit, banLength);
    }

    /** These limits with another node limit. */
    public SaturationLimits withMaxNodes(int n) {
        return new SaturationLimits(maxIterations, n, timeoutMillis, matchLimit, banLength);
    }

    /** These limits with another time limit. */
    public SaturationLimits withTimeoutMillis(long millis) {
        return new SaturationLimits(maxIterations, maxNodes, millis, matchLimit, banLength);
    }

    /** These limits without rule banning (every match applied each iteration). */
    public SaturationLimits withoutBackoff() {
        return new SaturationLimits(maxIterations, maxNodes, timeoutMillis, Integer.MAX_VALUE, 0);
    }
}
