package org.paramlab.symbolic.egraph;

/**
 * The cost of one e-node on its own, children excluded (egg's {@code CostFunction} for additive
 * costs). {@link TreeExtractor} adds children's costs per use; {@link DagExtractor} charges each
 * shared class once.
 */
@FunctionalInterface
public interface ENodeCost {
    /** The cost of {@code node} in {@code g}, at least 0. */
    double cost(EGraph<?> g, ENode node);

    /** One per node: extraction then minimises the number of operations and leaves. */
    static ENodeCost astSize() {
        return (g, n) -> 1;
    }

    /** One per operation node, leaves free: the operation count. */
    static ENodeCost opCount() {
        return (g, n) -> n.isLeaf() ? 0 : 1;
    }
}
