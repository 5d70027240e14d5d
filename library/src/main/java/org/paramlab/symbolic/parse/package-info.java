/**
 * Reading expressions from text. {@link org.paramlab.symbolic.parse.ExprParser#parse(String)} gives
 * a canonical {@link org.paramlab.symbolic.Expr}; {@link
 * org.paramlab.symbolic.parse.ExprParser#parseSyntax(String)} gives the order-preserving {@link
 * org.paramlab.symbolic.parse.SyntaxNode} tree that e-graph patterns are built from. The printer is
 * {@code Expr.toString()} (text) and {@code Expr.latex()}; {@code parse(e.toString()) == e}.
 *
 * <pre>{@code
 * Expr e = ExprParser.parse("x^2 + sin(y)/3");
 * ExprParser.parse("x + (y");   // ExprSyntaxException: Missing ')' at column 7 ...
 * }</pre>
 */
package org.paramlab.symbolic.parse;
