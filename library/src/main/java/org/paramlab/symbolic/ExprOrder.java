package org.paramlab.symbolic;

/**
 * The canonical total order of nodes: by hash, then structurally. It depends only on structure, so
 * it is the same in every run; it is not meant to read well (printers sort for display).
 */
final class ExprOrder {
    private ExprOrder() {}

    static int compare(Expr a, Expr b) {
        if (a == b) {
            return 0;
        }
        int c = Integer.compare(a.hashCode(), b.hashCode());
        return c != 0 ? c : structural(a, b);
    }

    private static int structural(Expr a, Expr b) {
        int c = Integer.compare(a.op().kind().ordinal(), b.op().kind().ordinal());
        if (c != 0) {
            return c;
        }
        switch (a.op().kind()) {
            case NUMBER:
                return ((Num) a).compareValue((Num) b);
            case SYMBOL:
                return ((Sym) a).name().compareTo(((Sym) b).name());
            case WILDCARD:
                return ((Wild) a).name().compareTo(((Wild) b).name());
            case POW:
                {
                    Pow p = (Pow) a;
                    Pow q = (Pow) b;
                    c = compare(p.base(), q.base());
                    return c != 0 ? c : compare(p.exponent(), q.exponent());
                }
            case ADD:
                {
                    Add p = (Add) a;
                    Add q = (Add) b;
                    c = compare(p.constant(), q.constant());
                    if (c != 0) {
                        return c;
                    }
                    c = Integer.compare(p.size(), q.size());
                    for (int i = 0; c == 0 && i < p.size(); i++) {
                        c = compare(p.term(i), q.term(i));
                        if (c == 0) {
                            c = compare(p.coefficient(i), q.coefficient(i));
                        }
                    }
                    return c;
                }
            case MUL:
                {
                    Mul p = (Mul) a;
                    Mul q = (Mul) b;
                    c = compare(p.coefficient(), q.coefficient());
                    if (c != 0) {
                        return c;
                    }
                    c = Integer.compare(p.size(), q.size());
                    for (int i = 0; c == 0 && i < p.size(); i++) {
                        c = compare(p.base(i), q.base(i));
                        if (c == 0) {
                            c = compare(p.exponent(i), q.exponent(i));
                        }
                    }
                    return c;
                }
            default:
                {
                    c = a.op().name().compareTo(b.op().name());
                    if (c == 0 && a.op() != b.op()) {
                        // two definitions of one user function name: any fixed order will do
                        c =
                                Integer.compare(
                                        System.identityHashCode(a.op()),
                                        System.identityHashCode(b.op()));
                    }
                    c = c != 0 ? c : Integer.compare(a.arity(), b.arity());
                    for (int i = 0; c == 0 && i < a.arity(); i++) {
                        c = compare(a.arg(i), b.arg(i));
                    }
                    return c;
                }
        }
    }
}
