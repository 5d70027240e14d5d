/**
 * Symbolic differentiation over the expression DAG. Start with {@link
 * org.paramlab.symbolic.diff.Derivatives} (diff, gradient, jacobian, sparseJacobian, hessian); keep
 * a {@link org.paramlab.symbolic.diff.Differentiator} to share its cache across many calls. Sparse
 * Jacobians carry their {@link org.paramlab.symbolic.diff.SparsityPattern} in CSR form for sparse
 * solvers and code generation.
 */
package org.paramlab.symbolic.diff;
