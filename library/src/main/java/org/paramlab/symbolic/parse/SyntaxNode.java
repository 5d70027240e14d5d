package org.paramlab.symbolic.parse;

import java.util.List;

/**
 * The parse tree of an expression, before canonicalisation: operands stay in the order written and
 * {@code a - b} is still a subtraction. {@link ExprParser#toExpr(SyntaxNode)} turns it into a
 * canonical {@link org.paramlab.symbolic.Expr}; the e-graph builds its (order-sensitive) patterns
 * from it directly. Every node records the 1-based column where it starts.
 */
public sealed interface SyntaxNode {
    /** The 1-based column of the node's first character. */
    int column();

    /**
     * A number as written: digits are exact integers, a point or exponent makes a double.
     *
     * @param text the literal, e.g. {@code "12"}, {@code "0.5"} or {@code "1e-3"}
     * @param column 1-based start column
     */
    record NumberLiteral(String text, int column) implements SyntaxNode {}

    /**
     * A symbol.
     *
     * @param name the identifier
     * @param column 1-based start column
     */
    record Name(String name, int column) implements SyntaxNode {}

    /**
     * A pattern variable {@code ~name}.
     *
     * @param name the identifier after the tilde
     * @param column 1-based start column
     */
    record Wildcard(String name, int column) implements SyntaxNode {}

    /**
     * A prefix sign.
     *
     * @param op {@code '-'} or {@code '+'}
     * @param operand what it applies to
     * @param column 1-based start column
     */
    record Unary(char op, SyntaxNode operand, int column) implements SyntaxNode {}

    /**
     * A binary operation.
     *
     * @param op one of {@code + - * / ^}
     * @param left left operand
     * @param right right operand
     * @param column 1-based column of the operator
     */
    record Binary(char op, SyntaxNode left, SyntaxNode right, int column) implements SyntaxNode {}

    /**
     * A function call.
     *
     * @param function the function name
     * @param args the arguments, in order
     * @param column 1-based start column
     */
    record Apply(String function, List<SyntaxNode> args, int column) implements SyntaxNode {
        /** Copies the argument list. */
        public Apply {
            args = List.copyOf(args);
        }
    }
}
