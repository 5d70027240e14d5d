package org.paramlab.kernel;

import jdk.jshell.execution.DirectExecutionControl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs JShell snippets in this JVM on a single cell thread, keeps each snippet's value as the real
 * object (not JShell's string form) and each failure as the real {@link Throwable}.
 *
 * <p>{@link #stop()} interrupts the cell thread. Library loops check for the interrupt and end at
 * once; if the cell ignores it for {@value #STOP_GRACE_MILLIS} ms, the thread is stopped by force
 * (possible up to Java 19), so an interrupt always gets the kernel back.
 */
final class CellExecutionControl extends DirectExecutionControl {
    /** How long a cell may ignore an interrupt before its thread is stopped by force. */
    static final long STOP_GRACE_MILLIS = 3000;

    private final AtomicReference<Thread> cellThread = new AtomicReference<>();
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "paramlab-cell");
                        t.setDaemon(true);
                        cellThread.set(t);
                        return t;
                    });
    private volatile Object lastValue;
    private volatile Future<Object> running;

    /** Number of snippets that have started, and the number of the last one that ended. */
    private final AtomicLong started = new AtomicLong();

    private final AtomicLong finished = new AtomicLong();
    private volatile Throwable lastFailure;
    private volatile boolean stopped;

    /**
     * Runs the snippet's {@code do_it$} method on the cell thread. Its value is kept as the real
     * object for {@link #takeLastValue()}; JShell gets only a placeholder string.
     */
    @Override
    protected String invoke(Method doit) throws Exception {
        lastFailure = null;
        lastValue = null;
        ClassLoader snippetLoader = doit.getDeclaringClass().getClassLoader();
        Future<Object> task =
                executor.submit(
                        () -> {
                            long id = started.incrementAndGet();
                            try {
                                Thread.currentThread().setContextClassLoader(snippetLoader);
                                CellThreadDefaults.applyToCurrentThread();
                                return doit.invoke(null);
                            } finally {
                                finished.set(id);
                            }
                        });
        running = task;
        try {
            lastValue = task.get();
            return "";
        } catch (CancellationException e) {
            stopped = true;
            throw new StoppedException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite && ite.getCause() != null) {
                cause = ite.getCause();
            }
            lastFailure = cause;
            throw new UserException(
                    String.valueOf(cause.getMessage()),
                    cause.getClass().getName(),
                    cause.getStackTrace());
        } finally {
            running = null;
        }
    }

    /** Interrupts the running cell; stops its thread by force if it ignores the interrupt. */
    @Override
    public void stop() {
        Future<Object> task = running;
        if (task == null) {
            return;
        }
        Thread thread = cellThread.get();
        long target = started.get();
        task.cancel(true);
        Thread watchdog =
                new Thread(
                        () -> forceStopIfStillRunning(target, thread),
                        "paramlab-interrupt-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void forceStopIfStillRunning(long target, Thread thread) {
        try {
            TimeUnit.MILLISECONDS.sleep(STOP_GRACE_MILLIS);
            // The cancelled future is done at once; the snippet is still running if it has not
            // ended and no later snippet has started.
            if (thread != null && started.get() == target && finished.get() < target) {
                System.err.println(
                        "The cell ignored the interrupt for "
                                + STOP_GRACE_MILLIS
                                + " ms; stopping its thread.");
                thread.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            System.err.println(
                    "The cell ignores interrupts and this Java cannot stop threads; restart the"
                            + " kernel.");
        }
    }

    /** Returns and forgets the value of the last snippet run (null if none). */
    Object takeLastValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    /** The exception the last snippet threw, or null; cleared by the next snippet. */
    Throwable lastFailure() {
        return lastFailure;
    }

    /** True once after a snippet was stopped by an interrupt; reading it clears it. */
    boolean consumeStopped() {
        boolean was = stopped;
        stopped = false;
        return was;
    }

    /** True while a value is held that nobody took (a leak check for tests). */
    boolean holdsValue() {
        return lastValue != null;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        super.close();
    }
}
