package org.paramlab.kernel.wire;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;

import org.zeromq.ZMQ;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A shell or control channel that survives bad input: a message with a wrong signature, or one that
 * cannot be parsed, is logged and dropped, and the channel keeps serving.
 *
 * <p>Messages are dispatched to the handlers registered on the connection, one at a time, on the
 * channel's own thread.
 */
public final class GuardedShellChannel extends ShellChannel {
    private static final Logger LOG = Logger.getLogger(GuardedShellChannel.class.getName());
    private static final long POLL_MILLIS = 50;

    private final boolean isControl;
    private final JupyterConnection connection;
    private final AtomicLong rejected = new AtomicLong();
    private volatile boolean running;
    private Thread loop;

    /**
     * Creates an unbound channel.
     *
     * @param context the ZeroMQ context the socket belongs to
     * @param hmac signs and checks messages with the connection file's key
     * @param isControl true for the control channel, false for shell
     * @param connection where handlers are looked up
     */
    public GuardedShellChannel(
            ZMQ.Context context,
            HMACGenerator hmac,
            boolean isControl,
            JupyterConnection connection) {
        super(context, hmac, isControl, connection);
        this.isControl = isControl;
        this.connection = connection;
    }

    /** Binds to the shell or control port and starts serving. */
    @Override
    public synchronized void bind(KernelConnectionProperties props) {
        if (loop != null) {
            throw new IllegalStateException("Channel already bound");
        }
        int port = isControl ? props.getControlPort() : props.getShellPort();
        bind(formatAddress(props.getTransport(), props.getIp(), port));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        running = true;
        loop = new Thread(() -> serve(poller), isControl ? "jupyter-control" : "jupyter-shell");
        loop.setDaemon(true);
        loop.start();
    }

    private void serve(ZMQ.Poller poller) {
        while (running) {
            int events;
            try {
                events = poller.poll(POLL_MILLIS);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                throw e;
            }
            if (events > 0 && running) {
                handleOne();
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void handleOne() {
        Message message;
        try {
            message = readMessage();
        } catch (SecurityException e) {
            rejected.incrementAndGet();
            LOG.warning("Dropped a message with an invalid signature on " + name());
            return;
        } catch (RuntimeException e) {
            rejected.incrementAndGet();
            LOG.warning("Dropped an unreadable message on " + name() + ": " + e);
            return;
        }
        if (message == null) {
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            LOG.fine("No handler for " + message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Handler for " + message.getHeader().getType().getName() + " failed",
                    e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            running = false;
            connection.close();
        }
    }

    /** Number of messages dropped for a bad signature or bad content. */
    public long rejectedCount() {
        return rejected.get();
    }

    private String name() {
        return isControl ? "control" : "shell";
    }

    @Override
    public void close() {
        running = false;
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Thread t = loop;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
