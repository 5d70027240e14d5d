package org.paramlab.train;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation for long loops. Jupyter's interrupt button interrupts the thread that
 * runs the cell; a loop that calls {@link #check()} once per step then ends with a {@link
 * CancellationException} instead of running on, and the kernel stays usable.
 */
public final class Interrupts {
    private Interrupts() {}

    /**
     * Throws if the current thread was interrupted, clearing the interrupt.
     *
     * @throws CancellationException when the user interrupted the cell
     */
    public static void check() {
        if (Thread.interrupted()) {
            throw new CancellationException("Interrupted by the user; partial work was discarded.");
        }
    }
}
