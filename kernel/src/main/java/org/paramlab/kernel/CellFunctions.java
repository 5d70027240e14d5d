package org.paramlab.kernel;

import org.paramlab.viz.Output;
import org.paramlab.viz.OutputHandle;

/**
 * Functions every cell can call without a prefix (they are statically imported): show a value now,
 * or replace an output shown earlier.
 */
public final class CellFunctions {
    private CellFunctions() {}

    /**
     * Shows {@code value} in the cell's output now, rendered like a cell's last expression.
     *
     * @return a handle that replaces this output in place
     */
    public static OutputHandle display(Object value) {
        return Output.show(value);
    }

    /** Replaces the output behind {@code handle} with {@code value}. */
    public static void updateDisplay(OutputHandle handle, Object value) {
        handle.update(value);
    }
}
