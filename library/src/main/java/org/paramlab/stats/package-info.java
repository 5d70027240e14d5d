/**
 * Statistics and the numerical experiments around it: survival, structural equations, instrumental
 * variables, Gaussian processes, topological data analysis and fits.
 *
 * <p>Each method lives in its own sub-package; start with the {@code package-info} of the one a
 * notebook imports, e.g. {@link org.paramlab.stats.sensing} for low-rank matrix sensing.
 */
package org.paramlab.stats;
