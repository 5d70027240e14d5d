package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Op;

import java.util.Arrays;
import java.util.Objects;

/**
 * An e-node: an operation applied to e-class ids, or a leaf holding a number or symbol. Sums and
 * products are binary here ({@code +} and {@code *} with two children), so that rewrite rules can
 * state commutativity and associativity; powers are binary and functions keep their arity.
 * Immutable.
 */
public final class ENode {
    private final Op op;
    private final Expr leaf;
    private final int[] children;
    private final int hash;

    private ENode(Op op, Expr leaf, int[] children) {
        this.op = op;
        this.leaf = leaf;
        this.children = children;
        this.hash =
                31 * (31 * op.name().hashCode() + Objects.hashCode(leaf))
                        + Arrays.hashCode(children);
    }

    /**
     * A leaf for a number or symbol.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ENode leaf(Expr atom) {
        if (atom.op() != Op.NUMBER && atom.op() != Op.SYMBOL) {
            throw new IllegalArgumentException(
                    "An e-graph leaf is a number or a symbol, found " + atom);
        }
        return new ENode(atom.op(), atom, new int[0]);
    }

    /**
     * The node {@code op(children)}: ADD and MUL take two children, POW two, a function its arity.
     *
     * @throws IllegalArgumentException if the count does not fit the op
     */
    public static ENode of(Op op, int... children) {
        int want = op.kind() == Op.Kind.ADD || op.kind() == Op.Kind.MUL ? 2 : op.arity();
        if (op.kind() == Op.Kind.NUMBER
                || op.kind() == Op.Kind.SYMBOL
                || op.kind() == Op.Kind.WILDCARD) {
            throw new IllegalArgumentException("Use ENode.leaf for " + op + " nodes");
        }
        if (children.length != want) {
            throw new IllegalArgumentException(
                    "E-node " + op + " takes " + want + " children, found " + children.length);
        }
        return new ENode(op, null, children.clone());
    }

    /** The operation. */
    public Op op() {
        return op;
    }

    /** The number or symbol of a leaf, else null. */
    public Expr leaf() {
        return leaf;
    }

    /** True for a number or symbol leaf. */
    public boolean isLeaf() {
        return leaf != null;
    }

    /** The number of children. */
    public int arity() {
        return children.length;
    }

    /** Child class id {@code i} (as stored; canonical after a rebuild). */
    public int child(int i) {
        return children[i];
    }

    /** The child class ids (a copy). */
    public int[] children() {
        return children.clone();
    }

    /** This node with each child replaced by its representative. */
    ENode canonical(UnionFind uf) {
        if (children.length == 0) {
            return this;
        }
        int[] c = new int[children.length];
        boolean same = true;
        for (int i = 0; i < c.length; i++) {
            c[i] = uf.find(children[i]);
            same &= c[i] == children[i];
        }
        return same ? this : new ENode(op, null, c);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ENode)) {
            return false;
        }
        ENode n = (ENode) o;
        return hash == n.hash
                && op == n.op
                && leaf == n.leaf
                && Arrays.equals(children, n.children);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@code (op c1 c2)} or the leaf. */
    @Override
    public String toString() {
        if (leaf != null) {
            return leaf.toString();
        }
        StringBuilder sb = new StringBuilder("(").append(op.name());
        for (int c : children) {
            sb.append(' ').append(c);
        }
        return sb.append(')').toString();
    }
}
