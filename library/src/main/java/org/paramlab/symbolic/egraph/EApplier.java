package org.paramlab.symbolic.egraph;

/**
 * The right-hand side of an e-graph rewrite (egg's {@code Applier}): given a match, adds what it
 * equals and returns that class, which the runner unions with the matched class.
 */
@FunctionalInterface
public interface EApplier {
    /** The class equal to the matched one under {@code subst}, or −1 to do nothing. */
    int apply(EGraph<?> g, int eclass, ESubst subst);
}
