package org.paramlab.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.viz.OutputHandle;
import org.paramlab.viz.OutputSink;

import java.util.UUID;

/**
 * Connects the library's {@link org.paramlab.viz.Output} to Jupyter: each shown value becomes a
 * {@code display_data} message with a display id, and each update an {@code update_display_data}
 * message for that id, so progress bars and live charts redraw one output in place.
 */
final class OutputBridge implements OutputSink {
    private final ParamLabKernel kernel;

    OutputBridge(ParamLabKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public OutputHandle show(Object value) {
        String id = UUID.randomUUID().toString();
        DisplayData data = kernel.renderValue(value);
        data.setDisplayId(id);
        kernel.display(data);
        return next -> kernel.getIO().display.updateDisplay(id, kernel.renderValue(next));
    }
}
