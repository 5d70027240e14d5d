/**
 * Symbolic expressions: an immutable, hash-consed DAG of terms in canonical form, the core of
 * ParamLab's symbolic-numerics (after Gowda, Ma, Churavy, Edelman and Rackauckas, "High-performance
 * symbolic-numerics via multiple dispatch", ACM Commun. Comput. Algebra 55(3), 2021,
 * arXiv:2105.03949, and SymEngine's Add/Mul/Pow).
 *
 * <p>Start with {@link org.paramlab.symbolic.Sym#of(String)} and the arithmetic of {@link
 * org.paramlab.symbolic.Expr}, or read text with {@code org.paramlab.symbolic.parse.ExprParser}.
 * Every node is interned (so {@code ==} is equality) in a weak table; sums ({@link
 * org.paramlab.symbolic.Add}) and products ({@link org.paramlab.symbolic.Mul}) hold a numeric
 * coefficient and sorted terms, so like terms combine on construction. Numbers ({@link
 * org.paramlab.symbolic.Num}) are exact {@link org.paramlab.symbolic.Rational}s or doubles.
 *
 * <p>The term interface shared by rewriting, e-graphs and code generation is {@link
 * org.paramlab.symbolic.Expr#op()} (an {@link org.paramlab.symbolic.Op} with a {@link
 * org.paramlab.symbolic.Op.Kind}), {@link org.paramlab.symbolic.Expr#args()} and {@link
 * org.paramlab.symbolic.Expr#withArgs(java.util.List)}; {@link org.paramlab.symbolic.ExprWalk}
 * gives DAG traversals (post-order, free symbols) and {@link org.paramlab.symbolic.CpuCostTable}
 * the measured cost of evaluating a DAG.
 *
 * <pre>{@code
 * Sym x = Sym.of("x"), y = Sym.of("y");
 * Expr f = x.plus(x).times(y).plus(Expr.sin(y));   // 2*x*y + sin(y)
 * f.eval(Map.of(x, 1.0, y, 2.0));                   // 4.909...
 * ExprParser.parse("(1 + a + b + c)^20").expand();  // 1771 terms
 * }</pre>
 *
 * <p>Sub-packages: {@code parse} (text in), {@code rewrite} (rules, simplify), {@code egraph}
 * (equality saturation), {@code diff} (derivatives, Jacobians), {@code poly} (polynomials, rational
 * functions).
 */
package org.paramlab.symbolic;
