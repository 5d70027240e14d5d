/**
 * Search and simulation over parameter spaces: Monte Carlo experiments ({@link
 * org.paramlab.search.montecarlo}) and the polymorphic combinatorial frameworks built on them
 * ({@link org.paramlab.search.pcf}).
 */
package org.paramlab.search;
