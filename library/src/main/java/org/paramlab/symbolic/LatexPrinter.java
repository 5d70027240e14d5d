package org.paramlab.symbolic;

import java.util.List;
import java.util.Set;

/**
 * The LaTeX form for notebooks: {@code \frac} for quotients, superscripts for powers, {@code
 * \sqrt}, upright function names, Greek letters for symbols named {@code alpha}, {@code beta}, ...
 * and trailing digits or {@code _suffix} of a name as a subscript ({@code k1} → {@code k_{1}}).
 */
final class LatexPrinter {
    private static final Set<String> GREEK =
            Set.of(
                    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
                    "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon",
                    "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi",
                    "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    private static final Set<String> NAMED =
            Set.of("sin", "cos", "tan", "sinh", "cosh", "tanh", "log", "exp");

    private LatexPrinter() {}

    static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Num) {
            writeNumber((Num) e, sb);
        } else if (e instanceof Sym) {
            sb.append(symbol(((Sym) e).name()));
        } else if (e instanceof Wild) {
            sb.append("\\tilde{").append(symbol(((Wild) e).name())).append('}');
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
            writeCall(e, sb);
        }
    }

    static String symbol(String name) {
        int us = name.indexOf('_');
        String head;
        String sub;
        if (us > 0) {
            head = name.substring(0, us);
            sub = name.substring(us + 1);
        } else {
            int k = name.length();
            while (k > 1 && Character.isDigit(name.charAt(k - 1))) {
                k--;
            }
            head = name.substring(0, k);
            sub = name.substring(k);
        }
        String h =
                GREEK.contains(head)
                        ? "\\" + head
                        : head.length() == 1 ? head : "\\mathit{" + head + "}";
        return sub.isEmpty() ? h : h + "_{" + sub.replace("_", "\\_") + "}";
    }

    private static void writeNumber(Num n, StringBuilder sb) {
        if (!n.isExact()) {
            String s = Double.toString(n.doubleValue());
            int e = s.indexOf('E');
            sb.append(e < 0 ? s : s.substring(0, e) + " \\cdot 10^{" + s.substring(e + 1) + "}");
            return;
        }
        Rational r = n.rational();
        if (r.isInteger()) {
            sb.append(r);
        } else {
            sb.append(r.signum() < 0 ? "-" : "")
                    .append("\\frac{")
                    .append(r.numerator().abs())
                    .append("}{")
                    .append(r.denominator())
                    .append('}');
        }
    }

    private static void writeSum(Add a, StringBuilder sb) {
        boolean first = true;
        for (DisplayForm.Term t : DisplayForm.terms(a)) {
            DisplayForm.Product p = DisplayForm.product(t.coeff(), t.term());
            boolean negative = p.coeff().signum() < 0;
            sb.append(first ? (negative ? "-" : "") : (negative ? " - " : " + "));
            Num c = negative ? p.coeff().neg() : p.coeff();
            writeProduct(new DisplayForm.Product(c, p.numerator(), p.denominator()), sb);
            first = false;
        }
        Num c = a.constant();
        if (!c.isZero()) {
            sb.append(c.signum() < 0 ? " - " : " + ");
            writeNumber(c.signum() < 0 ? c.neg() : c, sb);
        }
    }

    private static void writeProduct(DisplayForm.Product p, StringBuilder sb) {
        Num c = p.coeff();
        if (c.signum() < 0) {
            sb.append('-');
            c = c.neg();
        }
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        if (c.isExact()) {
            String pn = c.rational().numerator().toString();
            String qn = c.rational().denominator().toString();
            if (!pn.equals("1") || p.numerator().isEmpty()) {
                top.append(pn);
            }
            if (!qn.equals("1")) {
                bottom.append(qn);
            }
        } else {
            writeNumber(c, top);
        }
        factors(p.numerator(), top);
        factors(p.denominator(), bottom);
        if (bottom.length() == 0) {
            sb.append(top.length() == 0 ? "1" : top);
        } else {
            sb.append("\\frac{").append(top.length() == 0 ? "1" : top).append("}{");
            sb.append(bottom).append('}');
        }
    }

    private static void factors(List<Expr> fs, StringBuilder sb) {
        for (Expr f : fs) {
            if (sb.length() > 0) {
                boolean numeric = f instanceof Num || (f instanceof Pow && isNumberPow(f));
                sb.append(numeric ? " \\cdot " : " ");
            }
            operand(f, TextPrinter.PRODUCT, sb);
        }
    }

    private static boolean isNumberPow(Expr f) {
        return ((Pow) f).base() instanceof Num && !TextPrinter.isHalf(((Pow) f).exponent());
    }

    private static void operand(Expr e, int context, StringBuilder sb) {
        if (TextPrinter.precedence(e) <= context) {
            sb.append("\\left(");
            write(e, sb);
            sb.append("\\right)");
        } else {
            write(e, sb);
        }
    }

    private static void writePower(Expr base, Expr exp, StringBuilder sb) {
        if (TextPrinter.isHalf(exp)) {
            sb.append("\\sqrt{");
            write(base, sb);
            sb.append('}');
            return;
        }
        if (base instanceof Call && NAMED.contains(base.op().name()) && base.op() != Op.EXP) {
            // sin^{2}(x), the usual notation
            sb.append('\\').append(base.op().name()).append("^{");
            write(exp, sb);
            sb.append("}\\left(");
            write(base.arg(0), sb);
            sb.append("\\right)");
            return;
        }
        operand(base, TextPrinter.POWER, sb);
        sb.append("^{");
        write(exp, sb);
        sb.append('}');
    }

    private static void writeCall(Expr e, StringBuilder sb) {
        Op op = e.op();
        if (op == Op.EXP) {
            sb.append("e^{");
            write(e.arg(0), sb);
            sb.append('}');
            return;
        }
        if (op == Op.ABS) {
            sb.append("\\left|");
            write(e.arg(0), sb);
            sb.append("\\right|");
            return;
        }
        if (NAMED.contains(op.name())) {
            sb.append('\\').append(op.name());
        } else if (op.name().length() == 1) {
            sb.append(op.name());
        } else {
            sb.append("\\operatorname{").append(op.name().replace("_", "\\_")).append('}');
        }
        sb.append("\\left(");
        List<Expr> args = e.args();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(args.get(i), sb);
        }
        sb.append("\\right)");
    }
}
