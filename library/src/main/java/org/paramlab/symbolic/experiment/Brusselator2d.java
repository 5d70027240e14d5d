package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.trace.Real;

/**
 * The two-dimensional Brusselator reaction–diffusion system on the periodic unit square, the stiff
 * PDE of paper 14's tracing experiment (and of Hairer and Wanner II, §IV.10):
 *
 * <pre>
 *   ∂u/∂t = 1 + u²v − 4.4u + α∇²u,   ∂v/∂t = 3.4u − u²v + α∇²v,
 * </pre>
 *
 * discretised on an n × n grid with spacing Δ = 1/(n − 1) and the five-point Laplacian. The state
 * is blocked: u at cell (i, j) is {@code y[i·n + j]}, v is {@code y[n² + i·n + j]}. The right-hand
 * side is written once, generically ({@link #rhs(Real[], Real[])}), for tracing, and once by hand
 * on doubles ({@link #rhsByHand(double[], double[])}) as the baseline.
 *
 * @param n grid points per side, ≥ 3
 * @param alpha the diffusion coefficient α (10 in the DifferentialEquations.jl benchmark)
 */
public record Brusselator2d(int n, double alpha) {
    /**
     * Validates the grid.
     *
     * @throws IllegalArgumentException if n &lt; 3 or α &lt; 0
     */
    public Brusselator2d {
        if (n < 3) {
            throw new IllegalArgumentException("The grid needs n ≥ 3 points per side, found " + n);
        }
        if (!(alpha >= 0)) {
            throw new IllegalArgumentException("α must be ≥ 0, found " + alpha);
        }
    }

    /** The number of unknowns 2n². */
    public int dimension() {
        return 2 * n * n;
    }

    /** α/Δ², the coefficient of the discrete Laplacian. */
    public double diffusion() {
        double dx = 1.0 / (n - 1);
        return alpha / (dx * dx);
    }

    /** The right-hand side, generic so that it can be traced. */
    public <T extends Real<T>> void rhs(T[] y, T[] dy) {
        int nn = n * n;
        double d = diffusion();
        for (int i = 0; i < n; i++) {
            int ip = (i + 1) % n;
            int im = (i + n - 1) % n;
            for (int j = 0; j < n; j++) {
                int jp = (j + 1) % n;
                int jm = (j + n - 1) % n;
                int c = i * n + j;
                T u = y[c];
                T v = y[nn + c];
                T uuv = u.square().times(v);
                T lapU =
                        y[ip * n + j]
                                .plus(y[im * n + j])
                                .plus(y[i * n + jp])
                                .plus(y[i * n + jm])
                                .minus(u.times(4));
                T lapV =
                        y[nn + ip * n + j]
                                .plus(y[nn + im * n + j])
                                .plus(y[nn + i * n + jp])
                                .plus(y[nn + i * n + jm])
                                .minus(v.times(4));
                dy[c] = lapU.times(d).plus(uuv).minus(u.times(4.4)).plus(1);
                dy[nn + c] = lapV.times(d).plus(u.times(3.4)).minus(uuv);
            }
        }
    }

    /** The same right-hand side written by hand on doubles. */
    public void rhsByHand(double[] y, double[] dy) {
        int nn = n * n;
        double d = diffusion();
        for (int i = 0; i < n; i++) {
            int ip = (i + 1) % n;
            int im = (i + n - 1) % n;
            for (int j = 0; j < n; j++) {
                int jp = (j + 1) % n;
                int jm = (j + n - 1) % n;
                int c = i * n + j;
                double u = y[c];
                double v = y[nn + c];
                double uuv = u * u * v;
                double lapU = y[ip * n + j] + y[im * n + j] + y[i * n + jp] + y[i * n + jm] - 4 * u;
                double lapV =
                        y[nn + ip * n + j]
                                + y[nn + im * n + j]
                                + y[nn + i * n + jp]
                                + y[nn + i * n + jm]
                                - 4 * v;
                dy[c] = d * lapU + uuv - 4.4 * u + 1;
                dy[nn + c] = d * lapV + 3.4 * u - uuv;
            }
        }
    }

    /** The initial state u = 22(y(1 − y))^{3/2}, v = 27(x(1 − x))^{3/2} at grid point (x, y). */
    public double[] initialState() {
        double[] s = new double[dimension()];
        int nn = n * n;
        for (int i = 0; i < n; i++) {
            double x = i / (double) (n - 1);
            for (int j = 0; j < n; j++) {
                double yv = j / (double) (n - 1);
                s[i * n + j] = 22 * Math.pow(yv * (1 - yv), 1.5);
                s[nn + i * n + j] = 27 * Math.pow(x * (1 - x), 1.5);
            }
        }
        return s;
    }
}
