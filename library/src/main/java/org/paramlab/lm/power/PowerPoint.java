package org.paramlab.lm.power;

import org.paramlab.train.LrSchedule;

/**
 * One run of the Power-scheduler study: a μP model of width {@code width} trained on {@code tokens}
 * tokens in batches of {@code batch} sequences with {@code schedule}.
 *
 * @param label a short description for tables and legends
 * @param width d of the two-layer μP model
 * @param batch B, sequences per update
 * @param tokens T, training tokens
 * @param schedule WSD at some peak, or the Power scheduler
 * @param seed seed of weights and data order
 */
public record PowerPoint(
        String label, int width, int batch, long tokens, LrSchedule schedule, long seed) {

    /** The schedule's peak (WSD) or cap (Power). */
    public double lr() {
        if (schedule instanceof LrSchedule.WarmupStableDecay w) {
            return w.peak();
        } else if (schedule instanceof LrSchedule.Power p) {
            return p.etaMax();
        } else if (schedule instanceof LrSchedule.Cosine c) {
            return c.peak();
        } else if (schedule instanceof LrSchedule.Linear l) {
            return l.peak();
        }
        return ((LrSchedule.Constant) schedule).peak();
    }
}
