package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Call;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Pow;

import java.util.ArrayList;
import java.util.List;

/**
 * The e-class analysis that knows each class's numeric value when it has one (egg's constant
 * folding): a sum, product, power or function of constants is computed (exactly for rationals) and
 * the class gets the number's leaf, so that rules can match constants and extraction finds them.
 * Data is the {@link Num}, or null for non-constant classes.
 */
public final class ConstantFolding implements EClassAnalysis<Num> {
    /** The analysis. */
    public ConstantFolding() {}

    @Override
    public Num make(EGraph<Num> g, ENode n) {
        if (n.isLeaf()) {
            return n.leaf() instanceof Num ? (Num) n.leaf() : null;
        }
        List<Expr> kids = new ArrayList<>(n.arity());
        for (int i = 0; i < n.arity(); i++) {
            Num v = g.eclass(n.child(i)).data();
            if (v == null) {
                return null;
            }
            kids.add(v);
        }
        try {
            Expr r;
            switch (n.op().kind()) {
                case ADD:
                    r = ((Num) kids.get(0)).add((Num) kids.get(1));
                    break;
                case MUL:
                    r = ((Num) kids.get(0)).mul((Num) kids.get(1));
                    break;
                case POW:
                    r = Pow.of(kids.get(0), kids.get(1));
                    break;
                default:
                    r = Call.of(n.op(), kids);
            }
            return r instanceof Num ? (Num) r : null;
        } catch (ArithmeticException undefined) {
            return null; // e.g. 0^-1: the class has no value
        }
    }

    @Override
    public Num merge(Num a, Num b) {
        return a != null ? a : b;
    }

    @Override
    public void modify(EGraph<Num> g, int id) {
        Num v = g.eclass(id).data();
        if (v != null) {
            g.union(id, g.add(ENode.leaf(v)));
        }
    }
}
