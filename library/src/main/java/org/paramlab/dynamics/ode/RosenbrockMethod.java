package org.paramlab.dynamics.ode;

/**
 * The coefficients of an s-stage Rosenbrock method with an embedded error estimate, in the form of
 * Hairer and Wanner (<i>Solving Ordinary Differential Equations II</i>, 2nd ed., Springer 1996,
 * §IV.7, eq. (7.4')) that needs one LU factorisation per step:
 *
 * <pre>
 *   (I/(hγ) − J) kᵢ = f(tₙ + αᵢh, yₙ + Σⱼ aᵢⱼ kⱼ) + Σⱼ (cᵢⱼ/h) kⱼ + γᵢ h ∂f/∂t,
 *   yₙ₊₁ = yₙ + Σ mᵢ kᵢ,   error estimate Σ eᵢ kᵢ.
 * </pre>
 *
 * @param name the method's name
 * @param gamma γ, the diagonal of the method
 * @param a aᵢⱼ for j &lt; i, row-major lower triangle: a[i][j]
 * @param c cᵢⱼ for j &lt; i: c[i][j]
 * @param m the weights mᵢ of the solution
 * @param e the weights eᵢ of the error estimate
 * @param alpha the stage times αᵢ
 * @param gammaSum γᵢ, the row sums of the method's Γ (for ∂f/∂t)
 * @param order the order p of the solution; the estimate is of order p − 1
 */
public record RosenbrockMethod(
        String name,
        double gamma,
        double[][] a,
        double[][] c,
        double[] m,
        double[] e,
        double[] alpha,
        double[] gammaSum,
        int order) {
    /**
     * RODAS3: 4 stages, order 3 with an embedded order-2 estimate, stiffly accurate and L-stable
     * (A. Sandu, J. G. Verwer, J. G. Blom, E. J. Spee, G. R. Carmichael and F. A. Potra,
     * "Benchmarking stiff ODE solvers for atmospheric chemistry problems II: Rosenbrock solvers",
     * Atmospheric Environment 31(20), 1997, Table 1). γ = 1/2; stage 2 reuses f(yₙ) as a₂₁ = 0.
     */
    public static final RosenbrockMethod RODAS3 =
            new RosenbrockMethod(
                    "RODAS3",
                    0.5,
                    new double[][] {{}, {0}, {2, 0}, {2, 0, 1}},
                    new double[][] {{}, {4}, {1, -1}, {1, -1, -8.0 / 3}},
                    new double[] {2, 0, 1, 1},
                    new double[] {0, 0, 0, 1},
                    new double[] {0, 0, 1, 1},
                    new double[] {0.5, 1.5, 0, 0},
                    3);

    /** The number of stages s. */
    public int stages() {
        return m.length;
    }
}
