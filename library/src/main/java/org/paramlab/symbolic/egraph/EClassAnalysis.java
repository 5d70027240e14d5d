package org.paramlab.symbolic.egraph;

/**
 * Facts kept per e-class and maintained through unions, as egg's {@code Analysis} (Willsey et al.,
 * "egg: Fast and Extensible Equality Saturation", POPL 2021, arXiv:2004.03082, §4): {@code make}
 * computes the fact of a new node from its children's, {@code merge} joins two classes' facts (a
 * semilattice join), and {@code modify} may change the class in response (constant folding adds the
 * constant's leaf).
 *
 * @param <D> the data type; {@code equals} decides whether a merge changed anything
 */
public interface EClassAnalysis<D> {
    /** The fact of {@code node} from the facts of its children in {@code g}. */
    D make(EGraph<D> g, ENode node);

    /** The join of two facts of classes being merged. */
    D merge(D a, D b);

    /** Reacts to the class {@code id} having (new) data; the default does nothing. */
    default void modify(EGraph<D> g, int id) {}
}
