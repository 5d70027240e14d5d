package org.paramlab.symbolic.egraph;

import java.util.List;

/**
 * The left-hand side of an e-graph rewrite: finds where it matches (egg's {@code Searcher}). An
 * {@link EPattern} is the usual one.
 */
@FunctionalInterface
public interface ESearcher {
    /** Every class where it matches, with the substitutions; the graph must be clean. */
    List<EMatch> search(EGraph<?> g);
}
