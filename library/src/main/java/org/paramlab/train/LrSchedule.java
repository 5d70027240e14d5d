package org.paramlab.train;

import java.util.Locale;
import java.util.Objects;

/**
 * A learning-rate schedule: the rate η(s) of update s = 0, 1, …, S − 1 of a run of S updates.
 *
 * <p>Every schedule opens with an optional linear warm-up of W = round(warmupFraction·S) updates,
 * η(s) = η_W·(s + 1)/W for s &lt; W, where η_W is the rate the schedule reaches at the end of
 * warm-up. A decay phase that starts at update s₀ and lasts L updates has progress p = (s − s₀ +
 * 1)/L, so its last update s = S − 1 is exactly at the floor (see {@link DecayShape}).
 *
 * <ul>
 *   <li>{@link Constant}: η(s) = η_peak after warm-up.
 *   <li>{@link Linear}: linear decay from η_peak to floor·η_peak over the updates after warm-up.
 *   <li>{@link Cosine}: cosine decay over the updates after warm-up (Loshchilov and Hutter, SGDR,
 *       ICLR 2017, arXiv:1608.03983).
 *   <li>{@link WarmupStableDecay}: warm-up, a stable phase at η_peak, and a decay over the last
 *       decayFraction·S updates (WSD; Hu et al., MiniCPM, arXiv:2404.06395).
 *   <li>{@link Power}: η(n) = min(η_max, β·a·n^b) in the number of tokens n trained so far, then a
 *       decay (Shen et al., Power Scheduler, arXiv:2408.13359).
 * </ul>
 *
 * <pre>{@code
 * LrSchedule cosine = LrSchedule.cosine(3e-3, 0.05, 0.1);
 * double[] eta = cosine.curve(1_000); // eta[s] is the rate of update s
 * }</pre>
 */
public sealed interface LrSchedule
        permits LrSchedule.Constant,
                LrSchedule.Linear,
                LrSchedule.Cosine,
                LrSchedule.WarmupStableDecay,
                LrSchedule.Power {

    /**
     * The learning rate of update {@code step} of a run of {@code totalSteps} updates.
     *
     * @throws IllegalArgumentException unless 0 ≤ step &lt; totalSteps
     */
    double rate(long step, long totalSteps);

    /** A short description for legends and tables, e.g. {@code cosine(0.003, warm-up 5%)}. */
    String label();

    /** The rate of every update of a run of {@code totalSteps} updates. */
    default double[] curve(int totalSteps) {
        double[] eta = new double[totalSteps];
        for (int s = 0; s < totalSteps; s++) {
            eta[s] = rate(s, totalSteps);
        }
        return eta;
    }

    /** η = {@code peak} for every update, no warm-up. */
    static Constant constant(double peak) {
        return new Constant(peak, 0);
    }

    /** Linear warm-up over {@code warmupFraction} of the run, then linear decay to floor·peak. */
    static Linear linear(double peak, double warmupFraction, double floor) {
        return new Linear(peak, warmupFraction, floor);
    }

    /** Linear warm-up, then cosine decay to floor·peak. */
    static Cosine cosine(double peak, double warmupFraction, double floor) {
        return new Cosine(peak, warmupFraction, floor);
    }

    /** Warm-up, stable at {@code peak}, then linear decay to 0 over the last decayFraction. */
    static WarmupStableDecay wsd(double peak, double warmupFraction, double decayFraction) {
        return new WarmupStableDecay(peak, warmupFraction, decayFraction, 0, DecayShape.LINEAR);
    }

    /**
     * Linear warm-up to {@code peak}, then {@code shape}'s decay to {@code floor·peak} at the last
     * update: the rate of {@link Linear} and {@link Cosine}.
     */
    private static double warmupThenDecay(
            double peak,
            double warmupFraction,
            double floor,
            DecayShape shape,
            long step,
            long totalSteps) {
        ScheduleChecks.step(step, totalSteps);
        long w = warmupSteps(warmupFraction, totalSteps);
        if (step < w) {
            return peak * ScheduleChecks.warmup(step, w);
        }
        return peak * shape.factor(ScheduleChecks.progress(step, w, totalSteps), floor);
    }

    /** The number of warm-up updates W = round(fraction·S), at most S. */
    static long warmupSteps(double warmupFraction, long totalSteps) {
        return Math.min(totalSteps, Math.round(warmupFraction * totalSteps));
    }

    /**
     * A constant rate after an optional linear warm-up.
     *
     * @param peak η after warm-up, &gt; 0
     * @param warmupFraction fraction of the run spent warming up, in [0, 1]
     */
    record Constant(double peak, double warmupFraction) implements LrSchedule {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException for a non-positive peak or a fraction outside [0, 1]
         */
        public Constant {
            ScheduleChecks.peak(peak);
            ScheduleChecks.fraction("warmupFraction", warmupFraction);
        }

        /** This schedule with another peak rate. */
        public Constant withPeak(double value) {
            return new Constant(value, warmupFraction);
        }

        /** {@inheritDoc} */
        @Override
        public double rate(long step, long totalSteps) {
            ScheduleChecks.step(step, totalSteps);
            return peak * ScheduleChecks.warmup(step, warmupSteps(warmupFraction, totalSteps));
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return "constant("
                    + ScheduleChecks.text(peak)
                    + ScheduleChecks.warmupText(warmupFraction)
                    + ")";
        }
    }

    /**
     * Linear warm-up, then a linear decay from {@code peak} to {@code floor·peak} at the last
     * update.
     *
     * @param peak η at the end of warm-up, &gt; 0
     * @param warmupFraction fraction of the run spent warming up, in [0, 1]
     * @param floor the final rate as a fraction of the peak, in [0, 1]
     */
    record Linear(double peak, double warmupFraction, double floor) implements LrSchedule {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException for a non-positive peak or a fraction outside [0, 1]
         */
        public Linear {
            ScheduleChecks.peak(peak);
            ScheduleChecks.fraction("warmupFraction", warmupFraction);
            ScheduleChecks.fraction("floor", floor);
        }

        /** This schedule with another peak rate. */
        public Linear withPeak(double value) {
            return new Linear(value, warmupFraction, floor);
        }

        /** {@inheritDoc} */
        @Override
        public double rate(long step, long totalSteps) {
            return warmupThenDecay(
                    peak, warmupFraction, floor, DecayShape.LINEAR, step, totalSteps);
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return "linear("
                    + ScheduleChecks.text(peak)
                    + ScheduleChecks.warmupText(warmupFraction)
                    + ")";
        }
    }

    /**
     * Linear warm-up, then a cosine decay from {@code peak} to {@code floor·peak} at the last
     * update (Loshchilov and Hutter, SGDR, ICLR 2017, arXiv:1608.03983, without restarts).
     *
     * @param peak η at the end of warm-up, &gt; 0
     * @param warmupFraction fraction of the run spent warming up, in [0, 1]
     * @param floor the final rate as a fraction of the peak, in [0, 1]
     */
    record Cosine(double peak, double warmupFraction, double floor) implements LrSchedule {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException for a non-positive peak or a fraction outside [0, 1]
         */
        public Cosine {
            ScheduleChecks.peak(peak);
            ScheduleChecks.fraction("warmupFraction", warmupFraction);
            ScheduleChecks.fraction("floor", floor);
        }

        /** This schedule with another peak rate. */
        public Cosine withPeak(double value) {
            return new Cosine(value, warmupFraction, floor);
        }

        /** {@inheritDoc} */
        @Override
        public double rate(long step, long totalSteps) {
            return warmupThenDecay(
                    peak, warmupFraction, floor, DecayShape.COSINE, step, totalSteps);
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return "cosine("
                    + ScheduleChecks.text(peak)
                    + ScheduleChecks.warmupText(warmupFraction)
                    + ")";
        }
    }

    /**
     * Warmup-stable-decay: linear warm-up, η = peak until the last D = round(decayFraction·S)
     * updates, which decay to floor·peak with the given shape (Hu et al., MiniCPM, 2024,
     * arXiv:2404.06395).
     *
     * @param peak η of the stable phase, &gt; 0
     * @param warmupFraction fraction of the run spent warming up, in [0, 1]
     * @param decayFraction fraction of the run spent decaying, in [0, 1], with warm-up + decay ≤ 1
     * @param floor the final rate as a fraction of the peak, in [0, 1]
     * @param shape the decay curve
     */
    record WarmupStableDecay(
            double peak,
            double warmupFraction,
            double decayFraction,
            double floor,
            DecayShape shape)
            implements LrSchedule {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException for a non-positive peak, a fraction outside [0, 1] or
         *     warm-up and decay longer than the run
         */
        public WarmupStableDecay {
            ScheduleChecks.peak(peak);
            ScheduleChecks.phases(warmupFraction, decayFraction);
            ScheduleChecks.fraction("floor", floor);
            Objects.requireNonNull(shape, "shape");
        }

        /** This schedule with another peak rate. */
        public WarmupStableDecay withPeak(double value) {
            return new WarmupStableDecay(value, warmupFraction, decayFraction, floor, shape);
        }

        /** This schedule with another decay curve. */
        public WarmupStableDecay withShape(DecayShape value) {
            return new WarmupStableDecay(peak, warmupFraction, decayFraction, floor, value);
        }

        /** {@inheritDoc} */
        @Override
        public double rate(long step, long totalSteps) {
            ScheduleChecks.step(step, totalSteps);
            long w = warmupSteps(warmupFraction, totalSteps);
            long decayStart = totalSteps - Math.round(decayFraction * totalSteps);
            if (step < w && step < decayStart) {
                return peak * ScheduleChecks.warmup(step, w);
            }
            if (step < decayStart) {
                return peak;
            }
            return peak
                    * shape.factor(ScheduleChecks.progress(step, decayStart, totalSteps), floor);
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return "wsd("
                    + ScheduleChecks.text(peak)
                    + ScheduleChecks.warmupText(warmupFraction)
                    + String.format(Locale.ROOT, ", decay %.0f%%", 100 * decayFraction)
                    + ")";
        }
    }

    /**
     * The Power scheduler (Shen, Stallone, Mishra, Zhang, Tan, Prasad, Meza Soria, Cox, Panda,
     * "Power Scheduler: A Batch Size and Token Number Agnostic Learning Rate Scheduler",
     * arXiv:2408.13359, 2024). After n tokens the rate is
     *
     * <pre>
     *   η_power(n) = min(η_max, β·a·n^b),     n = (s + 1)·tokensPerStep,
     * </pre>
     *
     * with β the batch size. Warm-up rises linearly to η_power at its end; the last decayFraction
     * of the run decays from η_power at the decay's start to floor times that with the given shape.
     * The paper's fitted a and b are unverified here (a third-party reimplementation uses a = 4, b
     * = −0.51); fit them on WSD runs as the paper does.
     *
     * @param a the power law's coefficient, &gt; 0
     * @param b the power law's exponent, ≤ 0
     * @param etaMax the cap η_max, &gt; 0
     * @param batchSize β, the batch size in the unit the coefficient a was fitted with, &gt; 0
     * @param tokensPerStep tokens per update (batch size × sequence length), ≥ 1
     * @param warmupFraction fraction of the run spent warming up, in [0, 1]
     * @param decayFraction fraction of the run spent decaying, in [0, 1], with warm-up + decay ≤ 1
     * @param floor the final rate as a fraction of the rate where the decay starts, in [0, 1]
     * @param shape the decay curve (the paper decays exponentially)
     */
    record Power(
            double a,
            double b,
            double etaMax,
            double batchSize,
            long tokensPerStep,
            double warmupFraction,
            double decayFraction,
            double floor,
            DecayShape shape)
            implements LrSchedule {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException naming the field, the value found and the valid range
         */
        public Power {
            ScheduleChecks.positive("a", a);
            if (!(b <= 0) || Double.isInfinite(b)) {
                throw new IllegalArgumentException(
                        "The Power scheduler's exponent b must be ≤ 0 (the rate falls with tokens),"
                                + " found "
                                + b
                                + "; the paper's fits are near b = -0.5.");
            }
            ScheduleChecks.positive("etaMax", etaMax);
            ScheduleChecks.positive("batchSize", batchSize);
            if (tokensPerStep < 1) {
                throw new IllegalArgumentException(
                        "tokensPerStep must be at least 1, found "
                                + tokensPerStep
                                + "; use batch size × sequence length.");
            }
            ScheduleChecks.phases(warmupFraction, decayFraction);
            ScheduleChecks.fraction("floor", floor);
            Objects.requireNonNull(shape, "shape");
        }

        /**
         * η_power(n) = min(η_max, β·a·n^b) after {@code tokens} tokens.
         *
         * @throws IllegalArgumentException if tokens &lt; 1
         */
        public double powerRate(double tokens) {
            if (!(tokens >= 1)) {
                throw new IllegalArgumentException(
                        "The Power scheduler is defined from the first token on, found n = "
                                + tokens);
            }
            return Math.min(etaMax, batchSize * a * Math.pow(tokens, b));
        }

        /** This schedule for another batch size and tokens per update. */
        public Power withBatch(double batch, long tokens) {
            return new Power(
                    a, b, etaMax, batch, tokens, warmupFraction, decayFraction, floor, shape);
        }

        /** {@inheritDoc} */
        @Override
        public double rate(long step, long totalSteps) {
            ScheduleChecks.step(step, totalSteps);
            long w = warmupSteps(warmupFraction, totalSteps);
            long decayStart = totalSteps - Math.round(decayFraction * totalSteps);
            if (step < w && step < decayStart) {
                return powerRate((double) w * tokensPerStep) * ScheduleChecks.warmup(step, w);
            }
            if (step < decayStart) {
                return powerRate((double) (step + 1) * tokensPerStep);
            }
            double start = powerRate((double) Math.max(1, decayStart) * tokensPerStep);
            return start
                    * shape.factor(ScheduleChecks.progress(step, decayStart, totalSteps), floor);
        }

        /** {@inheritDoc} */
        @Override
        public String label() {
            return String.format(
                    Locale.ROOT,
                    "power(a=%.3g, b=%.3g, ηmax=%.3g, β=%.3g)",
                    a,
                    b,
                    etaMax,
                    batchSize);
        }
    }
}
