package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Rational;

import java.util.List;

/**
 * {@link TermRepresentation} by plain {@link TreeTerm}s: making a term only allocates a node
 * (numbers are folded, nothing else), so collecting like terms is left to the algorithm, which
 * compares and hashes whole subtrees.
 */
public final class TreeTerms implements TermRepresentation<TreeTerm> {
    /** The one instance. */
    public static final TreeTerms INSTANCE = new TreeTerms();

    private TreeTerms() {}

    @Override
    public String name() {
        return "naive tree";
    }

    @Override
    public boolean isTree() {
        return true;
    }

    @Override
    public boolean collectsOnConstruction() {
        return false;
    }

    @Override
    public Op op(TreeTerm t) {
        return t.op();
    }

    @Override
    public List<TreeTerm> args(TreeTerm t) {
        return t.args();
    }

    @Override
    public Rational value(TreeTerm t) {
        return t.value();
    }

    @Override
    public String name(TreeTerm t) {
        return t.name();
    }

    @Override
    public TreeTerm number(Rational r) {
        return new TreeTerm(Op.NUMBER, List.of(), r, null);
    }

    @Override
    public TreeTerm symbol(String name) {
        return new TreeTerm(Op.SYMBOL, List.of(), null, name);
    }

    @Override
    public TreeTerm make(Op op, List<TreeTerm> args) {
        if (args.size() == 1 && (op == Op.ADD || op == Op.MUL)) {
            return args.get(0);
        }
        return new TreeTerm(op, args, null, null);
    }
}
