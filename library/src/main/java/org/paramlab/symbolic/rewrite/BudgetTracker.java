package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;
import org.paramlab.train.Interrupts;

/** Counts steps and watches the clock and sizes for one simplification. */
final class BudgetTracker {
    /** Thrown to unwind a pass when a limit is hit. */
    static final class Exceeded extends RuntimeException {
        final SimplifyResult.Stop reason;

        Exceeded(SimplifyResult.Stop reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    private final SimplifyBudget budget;
    private final long deadlineNanos;
    private int steps;

    BudgetTracker(SimplifyBudget budget, long startNanos) {
        this.budget = budget;
        this.deadlineNanos = startNanos + budget.timeoutMillis() * 1_000_000L;
    }

    int steps() {
        return steps;
    }

    /** Called before each rule attempt: the time limit and the user's interrupt. */
    void tick() {
        Interrupts.check();
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded(SimplifyResult.Stop.TIME_LIMIT);
        }
    }

    /** Called after each successful rewrite, with its result. */
    void step(Expr result) {
        steps++;
        checkSize(result);
        if (steps >= budget.maxSteps()) {
            throw new Exceeded(SimplifyResult.Stop.STEP_LIMIT);
        }
    }

    void checkSize(Expr e) {
        if (e.treeSize() > budget.maxNodes()) {
            throw new Exceeded(SimplifyResult.Stop.NODE_LIMIT);
        }
    }
}
