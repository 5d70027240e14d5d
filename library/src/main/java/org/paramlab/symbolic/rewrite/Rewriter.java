package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;

/**
 * One rewriting step: an expression in, an equal expression out. A rewriter that does not apply
 * returns its input unchanged (the same object, so {@code r.rewrite(e) == e} tests "no change").
 * Rules ({@link RewriteRule}) are rewriters at the root; {@link Rewriters} combines them into tree
 * walks and fixpoints.
 */
@FunctionalInterface
public interface Rewriter {
    /** The rewritten expression, or {@code e} itself when nothing applies. */
    Expr rewrite(Expr e);
}
