package org.paramlab.symbolic.egraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An e-class: a set of equivalent e-nodes, the analysis data D of the class, and the parents (the
 * nodes that use this class as a child, with their classes) that rebuilding needs. Read it through
 * {@link EGraph#eclass(int)}; the e-graph changes it.
 *
 * @param <D> the analysis data type
 */
public final class EClass<D> {
    /** A parent node with the class it belongs to. */
    record Parent(ENode node, int eclass) {}

    private final int id;
    final List<ENode> nodes = new ArrayList<>();
    List<Parent> parents = new ArrayList<>();
    D data;

    EClass(int id, ENode node, D data) {
        this.id = id;
        this.nodes.add(node);
        this.data = data;
    }

    /** The class id (its union-find representative when the graph is clean). */
    public int id() {
        return id;
    }

    /** The e-nodes of the class (canonical after a rebuild). */
    public List<ENode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The analysis data. */
    public D data() {
        return data;
    }

    /** {@code id: [nodes]}. */
    @Override
    public String toString() {
        return id + ": " + nodes;
    }
}
