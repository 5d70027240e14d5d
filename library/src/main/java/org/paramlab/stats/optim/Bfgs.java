package org.paramlab.stats.optim;

import java.util.Objects;

/**
 * Minimises a smooth function by the BFGS quasi-Newton method with a strong-Wolfe line search
 * (Nocedal and Wright, <i>Numerical Optimization</i>, 2nd ed., Springer 2006: Algorithm 6.1 with
 * the inverse-Hessian update (6.17), the initial scaling (6.20), and Algorithms 3.5 and 3.6 for the
 * line search with c₁ = 10⁻⁴, c₂ = 0.9).
 *
 * <p>The inverse-Hessian approximation starts at the identity, is rescaled by sᵀy/yᵀy after the
 * first step, skips updates with sᵀy ≤ 10⁻¹⁰‖s‖‖y‖ (which would break positive definiteness), and
 * is reset to the identity when it stops giving a descent direction. Non-finite values of the
 * objective (outside its domain) shorten the step. When no step lowers f any more and the gradient
 * is below 10⁻⁶·max(1, |f|), the run ends as {@link BfgsResult.Stop#VALUE} (converged to machine
 * precision); with a larger gradient it ends as {@link BfgsResult.Stop#LINE_SEARCH}.
 *
 * <pre>{@code
 * BfgsResult r = Bfgs.minimize(objective, start, BfgsConfig.defaults());
 * if (!r.converged()) { ... r.stop() says why ... }
 * }</pre>
 */
public final class Bfgs {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_STEPS = 40;

    /** Below this relative gradient a failed line search counts as f having stopped decreasing. */
    static final double STALLED_GRADIENT = 1e-6;

    private Bfgs() {}

    /**
     * Minimises {@code objective} from {@code start}.
     *
     * @throws IllegalArgumentException if the objective or its gradient is not finite at the start,
     *     naming the first bad coordinate
     */
    public static BfgsResult minimize(
            SmoothObjective objective, double[] start, BfgsConfig config) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(config, "config");
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = objective.evaluate(x, g);
        int[] evaluations = {1};
        checkStart(x, fx, g);
        double[][] h = identity(n);
        boolean identityH = true;
        boolean scaled = false;
        int stalls = 0;
        int iteration = 0;
        while (true) {
            if (maxAbs(g) <= config.gradientTolerance() * Math.max(1, Math.abs(fx))) {
                return new BfgsResult(
                        x, fx, g, iteration, evaluations[0], BfgsResult.Stop.GRADIENT);
            }
            if (iteration >= config.maxIterations()) {
                return new BfgsResult(
                        x, fx, g, iteration, evaluations[0], BfgsResult.Stop.MAX_ITERATIONS);
            }
            double[] p = times(h, g);
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
            }
            if (dot(g, p) >= 0) {
                h = identity(n);
                identityH = true;
                scaled = false;
                p = negate(g);
            }
            double initial = iteration == 0 ? Math.min(1, 1 / Math.max(1e-12, maxAbs(g))) : 1;
            LineStep step = lineSearch(objective, x, fx, g, p, initial, evaluations);
            boolean stalled = maxAbs(g) <= STALLED_GRADIENT * Math.max(1, Math.abs(fx));
            if (step == null && !identityH && !stalled) {
                h = identity(n);
                identityH = true;
                scaled = false;
                p = negate(g);
                step = lineSearch(objective, x, fx, g, p, Math.min(1, 1 / maxAbs(g)), evaluations);
            }
            if (step == null) {
                // At a minimum to machine precision no step can lower f measurably; a small
                // gradient there means f has stopped decreasing, not that the search failed.
                return new BfgsResult(
                        x,
                        fx,
                        g,
                        iteration,
                        evaluations[0],
                        stalled ? BfgsResult.Stop.VALUE : BfgsResult.Stop.LINE_SEARCH);
            }
            iteration++;
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = step.x[i] - x[i];
                y[i] = step.g[i] - g[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-10 * Math.sqrt(dot(s, s) * dot(y, y))) {
                if (!scaled) {
                    double gamma = sy / dot(y, y);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            h[i][j] = i == j ? gamma : 0;
                        }
                    }
                    scaled = true;
                }
                update(h, s, y, sy);
                identityH = false;
            }
            double decrease = fx - step.f;
            stalls =
                    decrease <= config.valueTolerance() * Math.max(1, Math.abs(fx))
                            ? stalls + 1
                            : 0;
            x = step.x;
            fx = step.f;
            g = step.g;
            if (stalls >= 3) {
                return new BfgsResult(x, fx, g, iteration, evaluations[0], BfgsResult.Stop.VALUE);
            }
        }
    }

    /** H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ with ρ = 1/sᵀy (Nocedal and Wright eq. 6.17). */
    static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = times(h, y);
        double yhy = dot(y, hy);
        double factor = (1 + rho * yhy) * rho;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += factor * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    private record LineStep(double[] x, double f, double[] g) {}

    /** Strong-Wolfe line search (Algorithm 3.5); null if no acceptable step was found. */
    private static LineStep lineSearch(
            SmoothObjective objective,
            double[] x,
            double f0,
            double[] g0,
            double[] p,
            double initial,
            int[] evaluations) {
        double d0 = dot(g0, p);
        double aPrev = 0;
        LineStep prev = new LineStep(x, f0, g0);
        double dPrev = d0;
        double a = initial;
        for (int i = 0; i < MAX_LINE_STEPS; i++) {
            LineStep at = evaluate(objective, x, p, a, evaluations);
            if (!Double.isFinite(at.f) || !allFinite(at.g)) {
                a = aPrev + (a - aPrev) / 4;
                continue;
            }
            double d = dot(at.g, p);
            if (at.f > f0 + C1 * a * d0 || (i > 0 && at.f >= prev.f)) {
                return zoom(objective, x, f0, d0, p, aPrev, prev, dPrev, a, at, d, evaluations);
            }
            if (Math.abs(d) <= -C2 * d0) {
                return at;
            }
            if (d >= 0) {
                return zoom(objective, x, f0, d0, p, a, at, d, aPrev, prev, dPrev, evaluations);
            }
            aPrev = a;
            prev = at;
            dPrev = d;
            a *= 2;
        }
        return prev.f < f0 ? prev : null;
    }

    /** Algorithm 3.6 with safeguarded cubic interpolation; the best Armijo point if it stalls. */
    private static LineStep zoom(
            SmoothObjective objective,
            double[] x,
            double f0,
            double d0,
            double[] p,
            double aLo,
            LineStep lo,
            double dLo,
            double aHi,
            LineStep hi,
            double dHi,
            int[] evaluations) {
        for (int i = 0; i < MAX_LINE_STEPS; i++) {
            double a = cubicMinimizer(aLo, lo.f, dLo, aHi, hi.f, dHi);
            double lower = Math.min(aLo, aHi);
            double width = Math.abs(aHi - aLo);
            if (!(a > lower + 0.1 * width && a < lower + 0.9 * width)) {
                a = (aLo + aHi) / 2;
            }
            if (width < 1e-16 * Math.max(1, Math.abs(aLo))) {
                break;
            }
            LineStep at = evaluate(objective, x, p, a, evaluations);
            double d = Double.isFinite(at.f) && allFinite(at.g) ? dot(at.g, p) : Double.NaN;
            if (!Double.isFinite(at.f)
                    || Double.isNaN(d)
                    || at.f > f0 + C1 * a * d0
                    || at.f >= lo.f) {
                aHi = a;
                hi = at;
                dHi = Double.isNaN(d) ? Double.NaN : d;
            } else {
                if (Math.abs(d) <= -C2 * d0) {
                    return at;
                }
                if (d * (aHi - aLo) >= 0) {
                    aHi = aLo;
                    hi = lo;
                    dHi = dLo;
                }
                aLo = a;
                lo = at;
                dLo = d;
            }
        }
        return aLo > 0 && lo.f < f0 ? lo : null;
    }

    /** The minimiser of the cubic through two points with slopes, or NaN. */
    static double cubicMinimizer(double a, double fa, double da, double b, double fb, double db) {
        if (!Double.isFinite(fb) || !Double.isFinite(db) || a == b) {
            return Double.NaN;
        }
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - da * db;
        if (disc < 0) {
            return Double.NaN;
        }
        double d2 = Math.signum(b - a) * Math.sqrt(disc);
        return b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
    }

    private static LineStep evaluate(
            SmoothObjective objective, double[] x, double[] p, double a, int[] evaluations) {
        double[] point = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            point[i] = x[i] + a * p[i];
        }
        double[] grad = new double[x.length];
        double f;
        try {
            f = objective.evaluate(point, grad);
        } catch (ArithmeticException outside) {
            f = Double.NaN;
        }
        evaluations[0]++;
        return new LineStep(point, f, grad);
    }

    private static void checkStart(double[] x, double f, double[] g) {
        if (!Double.isFinite(f)) {
            throw new IllegalArgumentException(
                    "The objective is "
                            + f
                            + " at the start point; expected a finite value. Start inside the"
                            + " function's domain (e.g. positive scales, a shape within its"
                            + " range).");
        }
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                throw new IllegalArgumentException(
                        "Gradient coordinate "
                                + i
                                + " is "
                                + g[i]
                                + " at the start point (x["
                                + i
                                + "] = "
                                + x[i]
                                + "); expected finite. Move the start away from the boundary.");
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double maxAbs(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static boolean allFinite(double[] v) {
        for (double value : v) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
