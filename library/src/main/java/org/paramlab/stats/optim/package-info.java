/**
 * Numerical optimisation for the statistics notebooks: a BFGS quasi-Newton minimiser with a
 * strong-Wolfe line search ({@link org.paramlab.stats.optim.Bfgs}), finite-difference gradients and
 * Hessians ({@link org.paramlab.stats.optim.FiniteDifferences}), Levenberg–Marquardt nonlinear
 * least squares on Hipparchus ({@link org.paramlab.stats.optim.NonlinearLeastSquares}) and linear
 * least squares by QR or, for rank-deficient designs, by the minimum-norm SVD solution ({@link
 * org.paramlab.stats.optim.LinearLeastSquares}).
 *
 * <p>Everything works on plain {@code double[]}: the problems here have at most a few hundred
 * parameters and need no tensors. BFGS follows Nocedal and Wright, <i>Numerical Optimization</i>,
 * 2nd ed., Springer 2006, Algorithms 6.1 (BFGS), 3.5 and 3.6 (line search and zoom);
 * Levenberg–Marquardt is Hipparchus' MINPACK port (Moré, "The Levenberg–Marquardt algorithm:
 * implementation and theory", Lecture Notes in Mathematics 630, 1978).
 *
 * <pre>{@code
 * SmoothObjective rosenbrock = (x, g) -> { ... return f; };
 * BfgsResult r = Bfgs.minimize(rosenbrock, new double[] {-1.2, 1}, BfgsConfig.defaults());
 * r.point();   // {1, 1}
 * }</pre>
 */
package org.paramlab.stats.optim;
