package org.paramlab.train;

/** Why a training run ended. */
public enum StopReason {
    /** Every scheduled update was taken. */
    COMPLETED,
    /** The token budget was used up before the last scheduled update. */
    TOKEN_BUDGET,
    /** The loss or the gradient became NaN or infinite; no update was applied with it. */
    DIVERGED
}
