package org.paramlab.symbolic.egraph;

import java.util.List;

/**
 * The matches of a searcher in one e-class.
 *
 * @param eclass the class where the pattern's root matched
 * @param substs one substitution per way it matched
 */
public record EMatch(int eclass, List<ESubst> substs) {
    /** Copies the list. */
    public EMatch {
        substs = List.copyOf(substs);
    }
}
