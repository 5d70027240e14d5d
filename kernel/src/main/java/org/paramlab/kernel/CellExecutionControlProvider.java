package org.paramlab.kernel;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.util.Map;

/** Gives JShell a {@link CellExecutionControl} and keeps it for the kernel. */
final class CellExecutionControlProvider implements ExecutionControlProvider {
    private volatile CellExecutionControl control;

    @Override
    public String name() {
        return "paramlab";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new CellExecutionControl();
        return control;
    }

    /**
     * The control JShell is using.
     *
     * @throws IllegalStateException before JShell has been built
     */
    CellExecutionControl control() {
        CellExecutionControl c = control;
        if (c == null) {
            throw new IllegalStateException("JShell has not created its execution control yet");
        }
        return c;
    }
}
