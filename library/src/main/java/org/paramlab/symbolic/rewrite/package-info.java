/**
 * Rule-based rewriting. A {@link org.paramlab.symbolic.rewrite.RewriteRule} is written {@code
 * "sin(~x)^2 + cos(~x)^2 => 1"} and matched associatively-commutatively against canonical sums and
 * products; {@link org.paramlab.symbolic.rewrite.Rewriters} combine rules (chain, firstOf,
 * postwalk, prewalk, fixpoint); {@link org.paramlab.symbolic.rewrite.Simplifier} runs a rule set
 * under a {@link org.paramlab.symbolic.rewrite.SimplifyBudget} and returns the best result found.
 * The design follows SymbolicUtils.jl's rule macros and rewriter combinators (Gowda et al., "High-
 * performance symbolic-numerics via multiple dispatch", ACM Commun. Comput. Algebra 55(3), 2021,
 * arXiv:2105.03949). For equality saturation, see {@code org.paramlab.symbolic.egraph}.
 */
package org.paramlab.symbolic.rewrite;
