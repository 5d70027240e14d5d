/**
 * Linear structural equation models on mixed graphs, after Adhikari, Gross, Härkönen and
 * Tsigaridas, "One-connection rule for structural equation models" (arXiv:2210.00239, 2022). A
 * {@link org.paramlab.symbolic.sem.MixedGraph} gives Σ = (I − Λ)⁻ᵀ Ω (I − Λ)⁻¹; {@link
 * org.paramlab.symbolic.sem.OneConnection} writes det(I − Λ)²·Σ as a sum over one-connections
 * (cycles allowed); {@link org.paramlab.symbolic.sem.StructuralEquationModel} evaluates it exactly
 * and symbolically, checks it against inversion and computes the generic Jacobian rank; {@link
 * org.paramlab.symbolic.sem.Implicitization} finds the polynomial invariants of each degree by
 * exact modular interpolation and verifies them symbolically. {@link
 * org.paramlab.symbolic.sem.SemStudy} runs the notebook's checks.
 *
 * <pre>{@code
 * StructuralEquationModel m = new StructuralEquationModel(MixedGraph.cycle(4));
 * m.jacobianRank(new Random(1), 2);                       // 8 = parameters: finite-to-one
 * Implicitization.invariants(m, 3, new Random(1));        // two cubics, verified
 * }</pre>
 */
package org.paramlab.symbolic.sem;
