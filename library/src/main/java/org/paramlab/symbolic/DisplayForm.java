package org.paramlab.symbolic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reading layout shared by the text and LaTeX printers: sum terms in display order (higher
 * degree first, then alphabetically, constant last) and products split into numerator and
 * denominator factors (factors with a negative numeric exponent go below the line).
 */
final class DisplayForm {
    private DisplayForm() {}

    /** A coefficient·term pair of a sum. */
    record Term(Num coeff, Expr term) {}

    /** A product c·Π numerator / Π denominator; denominator factors carry positive exponents. */
    record Product(Num coeff, List<Expr> numerator, List<Expr> denominator) {}

    /** The terms of a sum in display order, without the constant. */
    static List<Term> terms(Add a) {
        List<Term> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(new Term(a.coefficient(i), a.term(i)));
        }
        out.sort(
                Comparator.comparingDouble((Term t) -> -degree(t.term()))
                        .thenComparing(t -> TextPrinter.print(t.term())));
        return out;
    }

    /** The polynomial-like degree used for display order (non-polynomial parts count 0). */
    static double degree(Expr e) {
        if (e instanceof Sym) {
            return 1;
        }
        if (e instanceof Pow) {
            Pow p = (Pow) e;
            return p.exponent() instanceof Num
                    ? degree(p.base()) * ((Num) p.exponent()).doubleValue()
                    : 0;
        }
        if (e instanceof Mul) {
            Mul m = (Mul) e;
            double d = 0;
            for (int i = 0; i < m.size(); i++) {
                d += degree(m.factor(i));
            }
            return d;
        }
        if (e instanceof Add) {
            Add a = (Add) e;
            double d = 0;
            for (int i = 0; i < a.size(); i++) {
                d = Math.max(d, degree(a.term(i)));
            }
            return d;
        }
        return 0;
    }

    /** c·t split into numerator and denominator, factors in display order. */
    static Product product(Num coeff, Expr t) {
        List<Expr> num = new ArrayList<>();
        List<Expr> den = new ArrayList<>();
        if (t instanceof Mul) {
            Mul m = (Mul) t;
            coeff = coeff.mul(m.coefficient());
            for (int i = 0; i < m.size(); i++) {
                place(m.base(i), m.exponent(i), num, den);
            }
        } else if (t instanceof Pow) {
            place(((Pow) t).base(), ((Pow) t).exponent(), num, den);
        } else if (!(t instanceof Num)) {
            num.add(t);
        } else {
            coeff = coeff.mul((Num) t);
        }
        Comparator<Expr> order =
                Comparator.comparingInt(DisplayForm::rank).thenComparing(TextPrinter::print);
        num.sort(order);
        den.sort(order);
        return new Product(coeff, num, den);
    }

    /** Numbers, then symbols and their powers, then everything else (x*y*sin(z)). */
    private static int rank(Expr f) {
        Expr b = f instanceof Pow ? ((Pow) f).base() : f;
        return b instanceof Num ? 0 : b instanceof Sym ? 1 : 2;
    }

    private static void place(Expr b, Expr e, List<Expr> num, List<Expr> den) {
        if (e instanceof Num && ((Num) e).signum() < 0) {
            Num pos = ((Num) e).neg();
            den.add(pos.isOne() ? b : Pow.raw(b, pos));
        } else {
            num.add(e.isOne() ? b : Pow.raw(b, e));
        }
    }
}
