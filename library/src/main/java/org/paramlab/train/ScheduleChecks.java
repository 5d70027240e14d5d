package org.paramlab.train;

import java.util.Locale;

/** Validation and the shared pieces of the {@link LrSchedule} formulas. */
final class ScheduleChecks {
    private ScheduleChecks() {}

    static void peak(double peak) {
        positive("peak", peak);
    }

    static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    name + " must be a positive finite number, found " + value + ".");
        }
    }

    static void fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    name + " is a fraction in [0, 1], found " + value + "; e.g. 0.05 for 5%.");
        }
    }

    static void phases(double warmup, double decay) {
        fraction("warmupFraction", warmup);
        fraction("decayFraction", decay);
        if (warmup + decay > 1 + 1e-12) {
            throw new IllegalArgumentException(
                    "Warm-up ("
                            + warmup
                            + ") and decay ("
                            + decay
                            + ") fractions add up to more than the whole run; make their"
                            + " sum at most 1.");
        }
    }

    static void step(long step, long totalSteps) {
        if (step < 0 || step >= totalSteps) {
            throw new IllegalArgumentException(
                    "Update "
                            + step
                            + " lies outside the run's updates [0, "
                            + totalSteps
                            + "); updates are numbered from 0.");
        }
    }

    /** (s + 1)/W during warm-up, 1 after. */
    static double warmup(long step, long warmupSteps) {
        return step < warmupSteps ? (step + 1.0) / warmupSteps : 1.0;
    }

    /** p = (s − s₀ + 1)/(S − s₀) of a phase from s₀ to the last update S − 1. */
    static double progress(long step, long start, long totalSteps) {
        long length = totalSteps - start;
        return length <= 0 ? 1.0 : (step - start + 1.0) / length;
    }

    static String text(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    static String warmupText(double warmupFraction) {
        return warmupFraction > 0
                ? String.format(Locale.ROOT, ", warm-up %.0f%%", 100 * warmupFraction)
                : "";
    }
}
