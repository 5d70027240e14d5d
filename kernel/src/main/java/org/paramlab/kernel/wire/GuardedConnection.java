package org.paramlab.kernel.wire;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import org.zeromq.ZMQ;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;

/**
 * IJava's Jupyter connection with {@link GuardedShellChannel}s for shell and control, bound to
 * loopback only.
 */
public final class GuardedConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context guardedContext = ZMQ.context(1);
    private final GuardedShellChannel guardedShell;
    private final GuardedShellChannel guardedControl;

    /**
     * Prepares the channels without binding them.
     *
     * @throws IllegalArgumentException if the connection file asks for a non-loopback address or an
     *     unsupported signature scheme
     */
    public GuardedConnection(KernelConnectionProperties props) throws GeneralSecurityException {
        super(props);
        requireLoopback(props.getIp());
        if (props.getKey() == null || props.getKey().isEmpty()) {
            throw new IllegalArgumentException(
                    "The connection file has no signing key; refusing to accept unsigned messages."
                            + " Start the kernel from Jupyter, which writes a key.");
        }
        this.props = props;
        this.guardedShell =
                new GuardedShellChannel(guardedContext, props.createHMACGenerator(), false, this);
        this.guardedControl =
                new GuardedShellChannel(guardedContext, props.createHMACGenerator(), true, this);
    }

    static void requireLoopback(String ip) {
        try {
            if (!"*".equals(ip) && InetAddress.getByName(ip).isLoopbackAddress()) {
                return;
            }
        } catch (UnknownHostException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(
                "The kernel listens on loopback only, but the connection file asks for ip '"
                        + ip
                        + "'. Use 127.0.0.1 (Jupyter's default) and reach the notebook server, not"
                        + " the kernel, from other machines.");
    }

    /** Binds every channel and starts serving. */
    @Override
    public void connect() {
        heartbeat.bind(props);
        iopub.bind(props);
        stdin.bind(props);
        guardedShell.bind(props);
        guardedControl.bind(props);
    }

    /** Messages dropped so far by the shell and control channels. */
    public long rejectedCount() {
        return guardedShell.rejectedCount() + guardedControl.rejectedCount();
    }

    @Override
    public void close() {
        guardedShell.close();
        guardedControl.close();
        super.close();
        guardedContext.close();
    }

    @Override
    public void waitUntilClose() {
        guardedShell.waitUntilClose();
        guardedControl.waitUntilClose();
        heartbeat.waitUntilClose();
    }
}
