package org.paramlab.stats.survival;

/**
 * The transformation a pointwise Kaplan–Meier confidence interval is built on, as R's {@code
 * survfit(conf.type = ...)}, with σ the Greenwood standard error of log Ŝ (R's {@code std.err}) and
 * z the normal quantile.
 */
public enum ConfidenceBand {
    /** Ŝ·exp(±zσ), upper end capped at 1 (R's default {@code "log"}). */
    LOG,
    /** exp(−exp(log(−log Ŝ) ± zσ/log Ŝ)) (R's {@code "log-log"}); undefined where Ŝ is 0 or 1. */
    LOG_LOG,
    /** Ŝ ± zσŜ, clipped to [0, 1] (R's {@code "plain"}). */
    PLAIN
}
