package org.paramlab.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

class InterruptsTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void checkThrowsWhenInterruptedAndClearsTheFlag() {
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, Interrupts::check);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void checkIsANoOpWithoutInterrupt() {
        assertDoesNotThrow(Interrupts::check);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void secondCheckAfterACancellationDoesNotThrow() {
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, Interrupts::check);
        assertDoesNotThrow(Interrupts::check);
    }
}
