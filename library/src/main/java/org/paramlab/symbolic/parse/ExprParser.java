package org.paramlab.symbolic.parse;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.Wild;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain text form of expressions: {@code x^2 + sin(y)/3}. Precedence, loosest first:
 * {@code + -}, then {@code * /}, then prefix {@code -}, then {@code ^} (right-associative, also
 * written {@code **}); so {@code -x^2} is −(x²) and {@code 2^-1} is 1/2. Integers are exact and
 * {@code 1/3} stays the exact third; a literal with a point or exponent ({@code 0.5}, {@code 1e-3})
 * is a double. Names followed by {@code (} are functions (built-ins such as {@code sin}, {@code
 * sqrt}, or user functions by name); {@code ~x} is a pattern variable for rewrite rules.
 *
 * <pre>{@code
 * Expr e = ExprParser.parse("x^2 + sin(y)/3");
 * ExprParser.parse(e.toString()) == e;   // true: the printer's output reads back
 * }</pre>
 *
 * <p>Errors are {@link ExprSyntaxException}s naming the token and its 1-based column.
 */
public final class ExprParser {
    private final Tokenizer tokens;
    private Tokenizer.Token tok;

    private ExprParser(String text) {
        this.tokens = new Tokenizer(text);
        this.tok = tokens.next();
    }

    /**
     * The canonical expression written in {@code text}.
     *
     * @throws ExprSyntaxException if the text is malformed, divides by an exact zero, or calls a
     *     function with the wrong number of arguments
     */
    public static Expr parse(String text) {
        return toExpr(parseSyntax(text), text);
    }

    /**
     * The parse tree of {@code text}, operands in written order.
     *
     * @throws ExprSyntaxException if the text is malformed
     */
    public static SyntaxNode parseSyntax(String text) {
        ExprParser p = new ExprParser(text);
        SyntaxNode n = p.sum();
        if (p.tok.kind() != Tokenizer.Kind.END) {
            throw p.unexpected();
        }
        return n;
    }

    /**
     * The canonical expression of a parse tree.
     *
     * @throws ExprSyntaxException on an exact division by zero or a wrong function arity
     */
    public static Expr toExpr(SyntaxNode node) {
        return toExpr(node, "");
    }

    private static Expr toExpr(SyntaxNode node, String input) {
        try {
            return build(node, input);
        } catch (ArithmeticException e) {
            throw new ExprSyntaxException(e.getMessage(), input, node.column());
        }
    }

    private static Expr build(SyntaxNode node, String input) {
        if (node instanceof SyntaxNode.NumberLiteral) {
            String t = ((SyntaxNode.NumberLiteral) node).text();
            boolean integer = t.chars().allMatch(Character::isDigit);
            return integer
                    ? Num.of(org.paramlab.symbolic.Rational.of(new BigInteger(t)))
                    : Num.of(Double.parseDouble(t));
        }
        if (node instanceof SyntaxNode.Name) {
            return Sym.of(((SyntaxNode.Name) node).name());
        }
        if (node instanceof SyntaxNode.Wildcard) {
            return Wild.of(((SyntaxNode.Wildcard) node).name());
        }
        if (node instanceof SyntaxNode.Unary) {
            SyntaxNode.Unary u = (SyntaxNode.Unary) node;
            Expr x = build(u.operand(), input);
            return u.op() == '-' ? x.negate() : x;
        }
        if (node instanceof SyntaxNode.Binary) {
            SyntaxNode.Binary b = (SyntaxNode.Binary) node;
            Expr l = build(b.left(), input);
            Expr r = build(b.right(), input);
            try {
                switch (b.op()) {
                    case '+':
                        return l.plus(r);
                    case '-':
                        return l.minus(r);
                    case '*':
                        return l.times(r);
                    case '/':
                        return l.div(r);
                    default:
                        return l.pow(r);
                }
            } catch (ArithmeticException e) {
                throw new ExprSyntaxException(
                        e.getMessage() + " at column " + b.column(), input, b.column());
            }
        }
        SyntaxNode.Apply a = (SyntaxNode.Apply) node;
        List<Expr> args = new ArrayList<>(a.args().size());
        for (SyntaxNode n : a.args()) {
            args.add(build(n, input));
        }
        if (a.function().equals("sqrt") && args.size() == 1) {
            return Expr.sqrt(args.get(0));
        }
        try {
            return Op.function(a.function(), args.size()).of(args.toArray(new Expr[0]));
        } catch (IllegalArgumentException e) {
            throw new ExprSyntaxException(
                    e.getMessage() + " at column " + a.column(), input, a.column());
        }
    }

    private ExprSyntaxException unexpected() {
        String hint = "";
        if (tok.kind() == Tokenizer.Kind.NAME
                || tok.kind() == Tokenizer.Kind.NUMBER
                || tok.kind() == Tokenizer.Kind.LPAREN) {
            hint = "; write * for multiplication";
        }
        return new ExprSyntaxException(
                "Unexpected " + tok.describe() + " at column " + tok.column() + hint,
                tokens.input(),
                tok.column());
    }

    private boolean isOp(String op) {
        return tok.kind() == Tokenizer.Kind.OP && tok.text().equals(op);
    }

    private SyntaxNode sum() {
        SyntaxNode left = product();
        while (isOp("+") || isOp("-")) {
            Tokenizer.Token op = tok;
            tok = tokens.next();
            left = new SyntaxNode.Binary(op.text().charAt(0), left, product(), op.column());
        }
        return left;
    }

    private SyntaxNode product() {
        SyntaxNode left = unary();
        while (isOp("*") || isOp("/")) {
            Tokenizer.Token op = tok;
            tok = tokens.next();
            left = new SyntaxNode.Binary(op.text().charAt(0), left, unary(), op.column());
        }
        return left;
    }

    private SyntaxNode unary() {
        if (isOp("-") || isOp("+")) {
            Tokenizer.Token op = tok;
            tok = tokens.next();
            return new SyntaxNode.Unary(op.text().charAt(0), unary(), op.column());
        }
        return power();
    }

    private SyntaxNode power() {
        SyntaxNode base = atom();
        if (isOp("^")) {
            Tokenizer.Token op = tok;
            tok = tokens.next();
            return new SyntaxNode.Binary('^', base, unary(), op.column());
        }
        return base;
    }

    private SyntaxNode atom() {
        Tokenizer.Token t = tok;
        switch (t.kind()) {
            case NUMBER:
                tok = tokens.next();
                return new SyntaxNode.NumberLiteral(t.text(), t.column());
            case WILDCARD:
                tok = tokens.next();
                return new SyntaxNode.Wildcard(t.text(), t.column());
            case NAME:
                tok = tokens.next();
                if (tok.kind() == Tokenizer.Kind.LPAREN) {
                    return call(t);
                }
                return new SyntaxNode.Name(t.text(), t.column());
            case LPAREN:
                tok = tokens.next();
                SyntaxNode inner = sum();
                expectClose(t);
                return inner;
            default:
                if (t.kind() == Tokenizer.Kind.END) {
                    throw new ExprSyntaxException(
                            "Unexpected end of input at column "
                                    + t.column()
                                    + "; expected an expression",
                            tokens.input(),
                            t.column());
                }
                throw unexpected();
        }
    }

    private SyntaxNode call(Tokenizer.Token name) {
        Tokenizer.Token open = tok;
        tok = tokens.next();
        List<SyntaxNode> args = new ArrayList<>();
        if (tok.kind() != Tokenizer.Kind.RPAREN) {
            args.add(sum());
            while (tok.kind() == Tokenizer.Kind.COMMA) {
                tok = tokens.next();
                args.add(sum());
            }
        }
        expectClose(open);
        if (args.isEmpty()) {
            throw new ExprSyntaxException(
                    "Function " + name.text() + " at column " + name.column() + " has no arguments",
                    tokens.input(),
                    name.column());
        }
        return new SyntaxNode.Apply(name.text(), args, name.column());
    }

    private void expectClose(Tokenizer.Token open) {
        if (tok.kind() != Tokenizer.Kind.RPAREN) {
            if (tok.kind() == Tokenizer.Kind.END) {
                throw new ExprSyntaxException(
                        "Missing ')' at column "
                                + tok.column()
                                + " to close the '(' at column "
                                + open.column(),
                        tokens.input(),
                        tok.column());
            }
            throw unexpected();
        }
        tok = tokens.next();
    }
}
