package org.paramlab.dynamics.ode;

import org.paramlab.train.Interrupts;

import java.util.ArrayList;
import java.util.List;

/**
 * A linearly implicit (Rosenbrock) integrator for stiff ODEs with error control; RODAS3 by default.
 * Each step evaluates the Jacobian once and factors W = I/(hγ) − J once (again only after a
 * rejection), so stiff systems such as chemical kinetics or discretised reaction–diffusion take
 * steps set by accuracy rather than by stability. The Jacobian comes from a {@link JacobianSolver}:
 * dense, finite differences, or sparse with a band LU, e.g. one generated symbolically. Hipparchus
 * (the ODE library in reach) has explicit and Adams integrators but no stiff one, hence this class.
 *
 * <p>Method: see {@link RosenbrockMethod}; step-size control and error norm after Hairer and
 * Wanner, <i>Solving Ordinary Differential Equations II</i>, 2nd ed., Springer 1996, §IV.7–8.
 * Checks for the user's interrupt every step.
 *
 * <pre>{@code
 * OdeSystem robertson = OdeSystem.of(3, (t, y, dy) -> { ... });
 * OdeSolution s = new RosenbrockSolver(RosenbrockConfig.defaults().withTolerances(1e-8, 1e-12))
 *         .solve(robertson, JacobianSolver.dense(3, jac), 0, new double[] {1, 0, 0}, 40);
 * s.finalState();   // ≈ {0.7158, 9.185e-6, 0.2842}
 * }</pre>
 */
public final class RosenbrockSolver {
    private final RosenbrockConfig config;
    private final RosenbrockMethod method;

    /** RODAS3 with the given settings. */
    public RosenbrockSolver(RosenbrockConfig config) {
        this(config, RosenbrockMethod.RODAS3);
    }

    /** A solver with another method. */
    public RosenbrockSolver(RosenbrockConfig config, RosenbrockMethod method) {
        this.config = config;
        this.method = method;
    }

    /** The settings. */
    public RosenbrockConfig config() {
        return config;
    }

    /**
     * Integrates y' = f(t, y) from (t0, y0) to t1 &gt; t0 with error control.
     *
     * @throws IllegalArgumentException if the sizes disagree or t1 ≤ t0
     * @throws IllegalStateException if the step size underflows or {@code maxSteps} is exceeded
     */
    public OdeSolution solve(OdeSystem f, JacobianSolver jac, double t0, double[] y0, double t1) {
        Stepper s = new Stepper(f, jac, y0, t0, t1);
        double t = t0;
        double[] y = y0.clone();
        double h = config.initialStep() > 0 ? config.initialStep() : s.initialStep(t, y);
        boolean rejectedLast = false;
        int attempts = 0;
        while (t < t1) {
            Interrupts.check();
            h = Math.min(Math.min(h, config.maxStep()), t1 - t);
            s.prepare(t, y);
            while (true) {
                if (++attempts > config.maxSteps()) {
                    throw new IllegalStateException(
                            "More than maxSteps = "
                                    + config.maxSteps()
                                    + " steps before t = "
                                    + t1
                                    + " (reached t = "
                                    + t
                                    + "); raise maxSteps or loosen the tolerances");
                }
                double err = Math.max(s.step(t, y, h), 1e-10);
                double fac = Math.min(6, Math.max(0.2, 0.9 * Math.pow(err, -1.0 / method.order())));
                if (err <= 1) {
                    t = t1 - (t + h) <= 1e-14 * Math.max(Math.abs(t1), 1) ? t1 : t + h;
                    System.arraycopy(s.ynew, 0, y, 0, y.length);
                    s.accept(t, y);
                    double hnew = h * fac;
                    h = rejectedLast ? Math.min(hnew, h) : hnew;
                    rejectedLast = false;
                    break;
                }
                s.rejected++;
                h = rejectedLast ? h * 0.1 : h * fac;
                rejectedLast = true;
                if (t + 0.1 * h == t) {
                    throw new IllegalStateException(
                            "Step size underflow at t = "
                                    + t
                                    + " (h = "
                                    + h
                                    + "); the problem may be singular there, or the tolerances too"
                                    + " tight");
                }
            }
        }
        return s.solution();
    }

    /**
     * Integrates with {@code steps} equal steps and no error control (for convergence studies).
     *
     * @throws IllegalArgumentException if the sizes disagree, t1 ≤ t0 or steps &lt; 1
     */
    public OdeSolution solveFixedStep(
            OdeSystem f, JacobianSolver jac, double t0, double[] y0, double t1, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be ≥ 1, found " + steps);
        }
        Stepper s = new Stepper(f, jac, y0, t0, t1);
        double h = (t1 - t0) / steps;
        double[] y = y0.clone();
        for (int i = 0; i < steps; i++) {
            Interrupts.check();
            double t = t0 + i * h;
            s.prepare(t, y);
            s.step(t, y, h);
            System.arraycopy(s.ynew, 0, y, 0, y.length);
            s.accept(i == steps - 1 ? t1 : t0 + (i + 1) * h, y);
        }
        return s.solution();
    }

    /** One integration's buffers and counters. */
    private final class Stepper {
        final OdeSystem f;
        final JacobianSolver jac;
        final int n;
        final double[] f0;
        final double[] ft;
        final double[] ystage;
        final double[] ynew;
        final double[] err;
        final double[][] k;
        final double[] times0;
        final List<Double> times = new ArrayList<>();
        final List<double[]> states = new ArrayList<>();
        int rhs;
        int solves;
        int accepted;
        int rejected;
        final int jacobians0;
        final int factorizations0;
        double[] last;
        double lastTime;

        Stepper(OdeSystem f, JacobianSolver jac, double[] y0, double t0, double t1) {
            n = f.dimension();
            if (jac.dimension() != n || y0.length != n) {
                throw new IllegalArgumentException(
                        "Dimensions disagree: system "
                                + n
                                + ", Jacobian "
                                + jac.dimension()
                                + ", y0 "
                                + y0.length);
            }
            if (!(t1 > t0)) {
                throw new IllegalArgumentException(
                        "The final time must exceed the initial time, found t0 = "
                                + t0
                                + ", t1 = "
                                + t1);
            }
            this.f = f;
            this.jac = jac;
            f0 = new double[n];
            ft = new double[n];
            ystage = new double[n];
            ynew = new double[n];
            err = new double[n];
            k = new double[method.stages()][n];
            times0 = new double[] {t0};
            jacobians0 = jac.evaluations();
            factorizations0 = jac.factorizations();
            times.add(t0);
            states.add(y0.clone());
            last = y0.clone();
            lastTime = t0;
        }

        /** f(t, y), J(t, y) and, for non-autonomous systems, ∂f/∂t by a forward difference. */
        void prepare(double t, double[] y) {
            f.rhs(t, y, f0);
            rhs++;
            jac.evaluate(t, y);
            if (!f.autonomous()) {
                double dt = 1.4901161193847656e-8 * Math.max(Math.abs(t), 1e-5);
                f.rhs(t + dt, y, ft);
                rhs++;
                for (int i = 0; i < n; i++) {
                    ft[i] = (ft[i] - f0[i]) / dt;
                }
            }
        }

        /** One step of size h into ynew; returns the scaled error norm. */
        double step(double t, double[] y, double h) {
            jac.factor(1 / (h * method.gamma()));
            double[][] a = method.a();
            double[][] c = method.c();
            for (int i = 0; i < method.stages(); i++) {
                double[] ki = k[i];
                boolean reuse = true;
                for (double aij : a[i]) {
                    reuse &= aij == 0;
                }
                if (reuse && method.alpha()[i] == 0) {
                    System.arraycopy(f0, 0, ki, 0, n);
                } else {
                    for (int q = 0; q < n; q++) {
                        double v = y[q];
                        for (int j = 0; j < i; j++) {
                            v += a[i][j] * k[j][q];
                        }
                        ystage[q] = v;
                    }
                    f.rhs(t + method.alpha()[i] * h, ystage, ki);
                    rhs++;
                }
                for (int j = 0; j < i; j++) {
                    double cij = c[i][j] / h;
                    if (cij != 0) {
                        double[] kj = k[j];
                        for (int q = 0; q < n; q++) {
                            ki[q] += cij * kj[q];
                        }
                    }
                }
                if (!f.autonomous() && method.gammaSum()[i] != 0) {
                    double g = method.gammaSum()[i] * h;
                    for (int q = 0; q < n; q++) {
                        ki[q] += g * ft[q];
                    }
                }
                jac.solve(ki);
                solves++;
            }
            double sum = 0;
            for (int q = 0; q < n; q++) {
                double yq = y[q];
                double e = 0;
                for (int i = 0; i < method.stages(); i++) {
                    yq += method.m()[i] * k[i][q];
                    e += method.e()[i] * k[i][q];
                }
                ynew[q] = yq;
                double scale =
                        config.absTol() + config.relTol() * Math.max(Math.abs(y[q]), Math.abs(yq));
                sum += (e / scale) * (e / scale);
            }
            return Math.sqrt(sum / n);
        }

        void accept(double t, double[] y) {
            accepted++;
            lastTime = t;
            last = y.clone();
            if (config.recordSteps()) {
                times.add(t);
                states.add(last);
            }
        }

        /** Hairer–Wanner's first guess h = 0.01·‖y₀‖/‖f(y₀)‖ in the scaled norm. */
        double initialStep(double t, double[] y) {
            f.rhs(t, y, f0);
            rhs++;
            double d0 = 0;
            double d1 = 0;
            for (int q = 0; q < n; q++) {
                double sc = config.absTol() + config.relTol() * Math.abs(y[q]);
                d0 += (y[q] / sc) * (y[q] / sc);
                d1 += (f0[q] / sc) * (f0[q] / sc);
            }
            d0 = Math.sqrt(d0 / n);
            d1 = Math.sqrt(d1 / n);
            return d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        }

        OdeSolution solution() {
            double[] ts;
            List<double[]> ys;
            if (config.recordSteps()) {
                ts = times.stream().mapToDouble(Double::doubleValue).toArray();
                ys = states;
            } else {
                ts = new double[] {times0[0], lastTime};
                ys = List.of(states.get(0), last);
            }
            return new OdeSolution(
                    ts,
                    ys,
                    new OdeSolution.Stats(
                            accepted,
                            rejected,
                            rhs,
                            jac.evaluations() - jacobians0,
                            jac.factorizations() - factorizations0,
                            solves));
        }
    }
}
