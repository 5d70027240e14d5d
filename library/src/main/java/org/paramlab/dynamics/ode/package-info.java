/**
 * Stiff ODE integration. {@link org.paramlab.dynamics.ode.RosenbrockSolver} (RODAS3, with error
 * control) integrates an {@link org.paramlab.dynamics.ode.OdeSystem} given its Jacobian as a {@link
 * org.paramlab.dynamics.ode.JacobianSolver}: dense, by finite differences, or sparse with a
 * reverse-Cuthill–McKee band LU for discretised PDEs; the result is an {@link
 * org.paramlab.dynamics.ode.OdeSolution} with the work counted. The package depends on no symbolic
 * code: {@code org.paramlab.symbolic.codegen} supplies compiled right-hand sides and sparse
 * Jacobians through these interfaces. Hipparchus covers non-stiff problems (explicit Runge–Kutta,
 * Adams) but has no stiff integrator.
 *
 * <pre>{@code
 * OdeSolution s = new RosenbrockSolver(RosenbrockConfig.defaults())
 *         .solve(system, JacobianSolver.sparse(n, rowStart, colIndex, values), 0, y0, 10);
 * s.stats();   // accepted/rejected steps, f and J evaluations, factorisations
 * }</pre>
 */
package org.paramlab.dynamics.ode;
