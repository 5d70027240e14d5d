package org.paramlab.kernel;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import org.paramlab.kernel.wire.GuardedConnection;
import org.paramlab.viz.Output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel process: {@code java ... org.paramlab.kernel.KernelMain <connection-file>}, as the
 * kernelspec written by {@code paramlab kernel install} runs it.
 *
 * <p>{@code KernelMain --warmup} instead runs a few representative cells without Jupyter and exits;
 * the launcher uses it once to record a class-data-sharing archive that makes later starts faster.
 *
 * <p>Environment: {@code PARAMLAB_PRELOAD_ENGINE=false} skips loading DJL's engine at start.
 */
public final class KernelMain {
    private KernelMain() {}

    /** Starts the kernel on the connection file given as the only argument. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: KernelMain <connection-file> | --warmup");
            System.exit(2);
        }
        quietLogging();
        boolean preload = !"false".equalsIgnoreCase(System.getenv("PARAMLAB_PRELOAD_ENGINE"));
        if (args[0].equals("--warmup")) {
            warmUp();
            System.exit(0);
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            System.err.println("Connection file '" + file + "' does not exist.");
            System.exit(2);
        }
        KernelConnectionProperties props =
                KernelConnectionProperties.parse(Files.readString(file, StandardCharsets.UTF_8));
        GuardedConnection connection = new GuardedConnection(props);
        ParamLabKernel kernel = new ParamLabKernel(preload);
        Output.install(new OutputBridge(kernel));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    private static void quietLogging() {
        JupyterSocket.JUPYTER_LOGGER.setLevel(Level.WARNING);
        Logger.getLogger("").setLevel(Level.WARNING);
    }

    /** Compiles and runs what a typical first cell does, for the class-data-sharing archive. */
    private static void warmUp() throws Exception {
        ParamLabKernel kernel = new ParamLabKernel(true);
        kernel.eval("int x = 1 + 1;\nx");
        kernel.eval(
                "var t = Table.create(\"t\").addColumns(IntColumn.create(\"a\", 1, 2));\n"
                        + "var c = Charts.xy(\"c\", \"x\", \"y\");\n"
                        + "Charts.line(c, \"s\", new double[] {1, 2}, new double[] {1, 4});\n"
                        + "c");
        kernel.eval(
                "try (NDManager m = NDManager.newBaseManager()) { m.ones(new Shape(2)).sum().getFloat(); }");
        kernel.onShutdown(false);
    }
}
