package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Call;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.util.List;

/**
 * {@link TermRepresentation} by ParamLab's {@link Expr}: interned nodes (equality is identity,
 * hashes cached) whose sums and products are coefficient maps in canonical order, so like terms
 * combine when a term is made.
 */
public final class CanonicalTerms implements TermRepresentation<Expr> {
    /** The one instance. */
    public static final CanonicalTerms INSTANCE = new CanonicalTerms();

    private CanonicalTerms() {}

    @Override
    public String name() {
        return "Add/Mul (canonical, hash-consed)";
    }

    @Override
    public boolean isTree() {
        return false;
    }

    @Override
    public boolean collectsOnConstruction() {
        return true;
    }

    @Override
    public Op op(Expr t) {
        return t.op();
    }

    @Override
    public List<Expr> args(Expr t) {
        return t.args();
    }

    @Override
    public Rational value(Expr t) {
        return ((Num) t).rational();
    }

    @Override
    public String name(Expr t) {
        return ((Sym) t).name();
    }

    @Override
    public Expr number(Rational r) {
        return Num.of(r);
    }

    @Override
    public Expr symbol(String name) {
        return Sym.of(name);
    }

    @Override
    public Expr make(Op op, List<Expr> args) {
        switch (op.kind()) {
            case ADD:
                return Add.of(args);
            case MUL:
                return Mul.of(args);
            case POW:
                return Pow.of(args.get(0), args.get(1));
            default:
                return Call.of(op, args);
        }
    }
}
