/**
 * Sparse multivariate polynomials with exact rational coefficients, and rational functions. Start
 * with {@link org.paramlab.symbolic.poly.Polynomial#of(org.paramlab.symbolic.Expr)}: arithmetic,
 * division by a list of polynomials in a {@link org.paramlab.symbolic.poly.MonomialOrder} (Cox,
 * Little and O'Shea, <i>Ideals, Varieties, and Algorithms</i>, §2.3), exact division and the
 * univariate gcd. {@link org.paramlab.symbolic.poly.RationalFunction} keeps factored denominators
 * and cancels factors exactly, which is what structural equation models need (Σ has the denominator
 * det(I−Λ)²); {@link org.paramlab.symbolic.poly.PolynomialMatrices} gives determinants (Bareiss),
 * adjugates and inverses. Expansion of expressions itself is {@code Expr.expand()}.
 */
package org.paramlab.symbolic.poly;
