package org.paramlab.symbolic;

import java.util.List;

/**
 * The plain text form: infix with {@code + - * / ^}, function calls, {@code sqrt(x)} for x^(1/2),
 * exact fractions such as {@code 1/3} and doubles in Java's shortest round-trip form. The parser
 * reads it back to the same node.
 */
final class TextPrinter {
    static final int SUM = 1;
    static final int PRODUCT = 2;
    static final int POWER = 3;
    static final int ATOM = 4;

    private TextPrinter() {}

    static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    /** The binding strength of the printed form of {@code e}. */
    static int precedence(Expr e) {
        if (e instanceof Num) {
            Num n = (Num) e;
            if (n.signum() < 0) {
                return PRODUCT;
            }
            return n.isExact() && !n.rational().isInteger() ? PRODUCT : ATOM;
        }
        if (e instanceof Add) {
            return SUM;
        }
        if (e instanceof Mul) {
            DisplayForm.Product p = DisplayForm.product(Num.ONE, e);
            return p.coeff().isOne() && p.numerator().size() == 1 && p.denominator().isEmpty()
                    ? precedence(p.numerator().get(0))
                    : PRODUCT;
        }
        if (e instanceof Pow) {
            Pow p = (Pow) e;
            if (isHalf(p.exponent())) {
                return ATOM;
            }
            return p.exponent() instanceof Num && ((Num) p.exponent()).signum() < 0
                    ? PRODUCT
                    : POWER;
        }
        return ATOM;
    }

    static boolean isHalf(Expr e) {
        return e instanceof Num
                && ((Num) e).isExact()
                && ((Num) e).rational().equals(Rational.HALF);
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Num) {
            writeNumber((Num) e, sb);
        } else if (e instanceof Sym) {
            sb.append(((Sym) e).name());
        } else if (e instanceof Wild) {
            sb.append('~').append(((Wild) e).name());
        } else if (e instanceof Add) {
            writeSum((Add) e, sb);
        } else if (e instanceof Mul) {
            writeProduct(DisplayForm.product(Num.ONE, e), sb);
        } else if (e instanceof Pow) {
            Pow p = (Pow) e;
            if (p.exponent() instanceof Num && ((Num) p.exponent()).signum() < 0) {
                writeProduct(DisplayForm.product(Num.ONE, e), sb);
            } else {
                writePower(p.base(), p.exponent(), sb);
            }
        } else {
            sb.append(e.op().name()).append('(');
            List<Expr> args = e.args();
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(args.get(i), sb);
            }
            sb.append(')');
        }
    }

    private static void writeNumber(Num n, StringBuilder sb) {
        sb.append(n.isExact() ? n.rational().toString() : Double.toString(n.doubleValue()));
    }

    private static void writeSum(Add a, StringBuilder sb) {
        boolean first = true;
        for (DisplayForm.Term t : DisplayForm.terms(a)) {
            DisplayForm.Product p = DisplayForm.product(t.coeff(), t.term());
            boolean negative = p.coeff().signum() < 0;
            if (first) {
                writeProduct(p, sb); // a leading minus is the product's own
            } else {
                sb.append(negative ? " - " : " + ");
                Num c = negative ? p.coeff().neg() : p.coeff();
                writeProduct(new DisplayForm.Product(c, p.numerator(), p.denominator()), sb);
            }
            first = false;
        }
        Num c = a.constant();
        if (!c.isZero()) {
            sb.append(c.signum() < 0 ? " - " : " + ");
            writeNumber(c.signum() < 0 ? c.neg() : c, sb);
        }
    }

    /**
     * Writes c·Π num / Π den. A coefficient is never written next to a sum factor, as in {@code
     * 2*(x + y)*z} or {@code 3/(2*(x + y))}, because the parser would distribute {@code 2*(x + y)}
     * first and build another (equal) product; it is written {@code 2*((x + y)*z)}, {@code
     * 3/2*(1/(x + y))} or {@code -((x + y)*z)} instead, which reads back to this node.
     */
    private static void writeProduct(DisplayForm.Product p, StringBuilder sb) {
        Num c = p.coeff();
        boolean sumFactor = false;
        for (Expr f : p.numerator()) {
            sumFactor |= f instanceof Add;
        }
        for (Expr f : p.denominator()) {
            sumFactor |= f instanceof Add;
        }
        if (sumFactor && !c.isOne()) {
            DisplayForm.Product rest =
                    new DisplayForm.Product(Num.ONE, p.numerator(), p.denominator());
            if (c.isMinusOne()) {
                sb.append("-(");
            } else {
                writeNumber(c, sb);
                sb.append("*(");
            }
            writeProduct(rest, sb);
            sb.append(')');
            return;
        }
        if (c.signum() < 0) {
            sb.append('-');
            c = c.neg();
        }
        String top;
        String bottom = null;
        if (c.isExact()) {
            top = c.rational().numerator().toString();
            String q = c.rational().denominator().toString();
            bottom = q.equals("1") ? null : q;
        } else {
            top = Double.toString(c.doubleValue());
        }
        StringBuilder num = new StringBuilder();
        if (!top.equals("1") || p.numerator().isEmpty()) {
            num.append(top);
        }
        for (Expr f : p.numerator()) {
            if (num.length() > 0) {
                num.append('*');
            }
            writeOperand(f, PRODUCT, num);
        }
        sb.append(num);
        int count = (bottom == null ? 0 : 1) + p.denominator().size();
        if (count == 0) {
            return;
        }
        sb.append('/');
        if (count > 1) {
            sb.append('(');
        }
        boolean first = true;
        if (bottom != null) {
            sb.append(bottom);
            first = false;
        }
        for (Expr f : p.denominator()) {
            if (!first) {
                sb.append('*');
            }
            writeOperand(f, PRODUCT, sb);
            first = false;
        }
        if (count > 1) {
            sb.append(')');
        }
    }

    /** Writes {@code e}, in parentheses unless it binds tighter than {@code context}. */
    private static void writeOperand(Expr e, int context, StringBuilder sb) {
        if (precedence(e) <= context) {
            sb.append('(');
            write(e, sb);
            sb.append(')');
        } else {
            write(e, sb);
        }
    }

    private static void writePower(Expr base, Expr exp, StringBuilder sb) {
        if (isHalf(exp)) {
            sb.append("sqrt(");
            write(base, sb);
            sb.append(')');
            return;
        }
        writeOperand(base, POWER, sb);
        sb.append('^');
        if (precedence(exp) == ATOM && !(exp instanceof Pow)) {
            write(exp, sb);
        } else {
            sb.append('(');
            write(exp, sb);
            sb.append(')');
        }
    }
}
