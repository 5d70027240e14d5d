package org.paramlab.stats.iv;

/**
 * Observations of a {@link LinearSem}: treatments X (n × d) and outcomes y (n). The arrays are
 * shared, not copied, to keep simulations cheap; do not modify them.
 *
 * @param x n × d treatments
 * @param y n outcomes
 */
public record SemSample(double[][] x, double[] y) {}
