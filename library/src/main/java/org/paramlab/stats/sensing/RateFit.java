package org.paramlab.stats.sensing;

import java.util.Locale;
import java.util.Objects;

/**
 * A least-squares fit of an error curve e(t) over a window of steps, in one of two forms:
 *
 * <ul>
 *   <li>{@link Kind#POWER_LAW}: ln e = c + s·ln t, so e ∝ t^s; {@link #exponent()} = s. The paper's
 *       Ω(1/T²) loss bound for over-parameterized symmetric GD (Xiong, Ding and Du, ICLR 2024,
 *       arXiv:2310.01769, Theorem 1.1) is s = −1 for the Frobenius error;
 *   <li>{@link Kind#EXPONENTIAL}: ln e = c + s·t, so e ∝ exp(−ρt); {@link #rate()} = ρ = −s per
 *       step. The paper's exp(−Ω(α²T)) (Theorem 1.3) predicts ρ ∝ α² for asymmetric k &gt; r.
 * </ul>
 *
 * Points with non-positive or non-finite error, or t ≤ 0 in the power-law form, are skipped.
 *
 * @param kind the model fitted
 * @param slope s, the least-squares slope
 * @param intercept c, the least-squares intercept
 * @param rSquared the coefficient of determination of the fit in log space
 * @param fromStep the first step of the window
 * @param toStep the last step of the window
 * @param points the number of points fitted
 */
public record RateFit(
        Kind kind,
        double slope,
        double intercept,
        double rSquared,
        double fromStep,
        double toStep,
        int points) {

    /** Errors at or below this are treated as converged to round-off by the tail fits. */
    public static final double DEFAULT_FLOOR = 1e-10;

    /**
     * The window of {@link #powerLawTail} starts at this fraction of the run: the last octave, t ∈
     * [T/2, T]. The tail is used because the approach to t⁻¹ is slow: a redundant direction of
     * initial size x₀ decays like x² ≈ 1/(2ηt + 1/x₀²), whose local log-log slope is −2ηt/(2ηt +
     * 1/x₀²), so early windows bias the exponent towards 0, the more so the smaller α.
     */
    public static final double DEFAULT_TAIL_FRACTION = 0.5;

    /** The model of a fit. */
    public enum Kind {
        /** e ∝ t^s. */
        POWER_LAW,
        /** e ∝ exp(s·t). */
        EXPONENTIAL
    }

    /** Checks the kind is present. */
    public RateFit {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Fits ln e = c + s·ln t over t ∈ [from, to].
     *
     * @throws IllegalArgumentException if fewer than 3 usable points fall in the window
     */
    public static RateFit powerLaw(double[] t, double[] error, double from, double to) {
        return fit(Kind.POWER_LAW, t, error, from, to);
    }

    /**
     * Fits ln e = c + s·t over t ∈ [from, to].
     *
     * @throws IllegalArgumentException if fewer than 3 usable points fall in the window
     */
    public static RateFit exponential(double[] t, double[] error, double from, double to) {
        return fit(Kind.EXPONENTIAL, t, error, from, to);
    }

    /**
     * The power-law fit over the last octave of a run, t ∈ [T/2, T] ({@link
     * #DEFAULT_TAIL_FRACTION}).
     *
     * @throws IllegalArgumentException if the run diverged or the window is too short
     */
    public static RateFit powerLawTail(MatrixSensingResult result) {
        requireCompleted(result);
        double last = result.steps()[result.steps().length - 1];
        return powerLaw(result.steps(), result.errors(), DEFAULT_TAIL_FRACTION * last, last);
    }

    /**
     * The exponential fit over the second half of the run's linear phase: the window ends at the
     * first recorded step with error ≤ {@code floor} (or at T) and starts halfway from the modified
     * step (or 0) to that end.
     *
     * @throws IllegalArgumentException if the run diverged or the window is too short
     */
    public static RateFit exponentialTail(MatrixSensingResult result, double floor) {
        requireCompleted(result);
        double[] steps = result.steps();
        int below = result.firstStepBelow(floor);
        double end = below >= 0 ? below : steps[steps.length - 1];
        double start = Math.max(0, result.modifiedAtStep());
        return exponential(steps, result.errors(), 0.5 * (start + end), end);
    }

    /**
     * The fit the paper's theory predicts for this run: {@link #powerLawTail} for symmetric k &gt;
     * r, {@link #exponentialTail} with {@link #DEFAULT_FLOOR} otherwise.
     *
     * @throws IllegalArgumentException if the run diverged or the window is too short
     */
    public static RateFit predicted(MatrixSensingResult result) {
        MatrixSensingConfig config = result.config();
        if (config.factorization() == Factorization.SYMMETRIC && config.overParameterized()) {
            return powerLawTail(result);
        }
        return exponentialTail(result, DEFAULT_FLOOR);
    }

    /** The power-law exponent s (e ∝ t^s); only for {@link Kind#POWER_LAW}. */
    public double exponent() {
        requireKind(Kind.POWER_LAW);
        return slope;
    }

    /** The linear rate ρ = −s per step (e ∝ exp(−ρt)); only for {@link Kind#EXPONENTIAL}. */
    public double rate() {
        requireKind(Kind.EXPONENTIAL);
        return -slope;
    }

    /** The fitted error at step t. */
    public double predict(double t) {
        return Math.exp(intercept + slope * (kind == Kind.POWER_LAW ? Math.log(t) : t));
    }

    /** E.g. {@code e ∝ t^-0.998 (R² = 1.000, t ∈ [4000, 32000])}. */
    @Override
    public String toString() {
        String model =
                kind == Kind.POWER_LAW
                        ? String.format(Locale.ROOT, "e \u221d t^%.3f", slope)
                        : String.format(Locale.ROOT, "e \u221d exp(-%.4g t)", -slope);
        return String.format(
                Locale.ROOT,
                "%s (R\u00b2 = %.3f, t \u2208 [%.0f, %.0f], %d points)",
                model,
                rSquared,
                fromStep,
                toStep,
                points);
    }

    private static RateFit fit(Kind kind, double[] t, double[] error, double from, double to) {
        if (t.length != error.length) {
            throw new IllegalArgumentException(
                    "t has " + t.length + " points but error has " + error.length + ".");
        }
        double[] xs = new double[t.length];
        double[] ys = new double[t.length];
        int count = 0;
        for (int i = 0; i < t.length; i++) {
            boolean usable =
                    t[i] >= from
                            && t[i] <= to
                            && error[i] > 0
                            && Double.isFinite(error[i])
                            && (kind == Kind.EXPONENTIAL || t[i] > 0);
            if (usable) {
                xs[count] = kind == Kind.POWER_LAW ? Math.log(t[i]) : t[i];
                ys[count] = Math.log(error[i]);
                count++;
            }
        }
        if (count < 3) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "A %s fit needs at least 3 points with positive error in t \u2208"
                                    + " [%.0f, %.0f], found %d; run more steps or record more"
                                    + " often (recordEvery).",
                            kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            from,
                            to,
                            count));
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < count; i++) {
            meanX += xs[i] / count;
            meanY += ys[i] / count;
        }
        double varX = 0;
        double covXY = 0;
        double varY = 0;
        for (int i = 0; i < count; i++) {
            double dx = xs[i] - meanX;
            double dy = ys[i] - meanY;
            varX += dx * dx;
            covXY += dx * dy;
            varY += dy * dy;
        }
        if (!(varX > 0)) {
            throw new IllegalArgumentException(
                    "All points of the fit window share one t; widen the window.");
        }
        double slope = covXY / varX;
        double intercept = meanY - slope * meanX;
        double residual = 0;
        for (int i = 0; i < count; i++) {
            double r = ys[i] - intercept - slope * xs[i];
            residual += r * r;
        }
        double rSquared = varY > 0 ? 1 - residual / varY : 1.0;
        return new RateFit(kind, slope, intercept, rSquared, from, to, count);
    }

    private static void requireCompleted(MatrixSensingResult result) {
        if (result.diverged()) {
            throw new IllegalArgumentException(
                    "Run '"
                            + result.label()
                            + "' diverged, so it has no rate; lower eta (found "
                            + result.config().eta()
                            + ").");
        }
    }

    private void requireKind(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException(
                    "This is a " + kind + " fit; " + expected + " was asked for.");
        }
    }
}
