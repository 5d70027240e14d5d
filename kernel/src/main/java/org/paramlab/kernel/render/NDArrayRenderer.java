package org.paramlab.kernel.render;

import ai.djl.ndarray.NDArray;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.viz.Html;

/**
 * An {@link NDArray} as a summary: shape, data type, device and (truncated) values. A released
 * array says so instead of failing.
 */
public final class NDArrayRenderer implements ValueRenderer<NDArray> {
    private static final int MAX_VALUES = 200;
    private static final int MAX_DEPTH = 10;
    private static final int MAX_ROWS = 8;
    private static final int MAX_COLUMNS = 10;

    @Override
    public Class<NDArray> type() {
        return NDArray.class;
    }

    @Override
    public void render(NDArray array, DisplayData out) {
        if (array.isReleased()) {
            out.putText("NDArray (released: its NDManager was closed)");
            return;
        }
        String header =
                "NDArray "
                        + array.getDataType()
                        + " "
                        + array.getShape()
                        + " on "
                        + array.getDevice()
                        + (array.getName() == null ? "" : " '" + array.getName() + "'");
        String values = array.toDebugString(MAX_VALUES, MAX_DEPTH, MAX_ROWS, MAX_COLUMNS, true);
        // toDebugString starts with its own "ND: (shape) device dtype" line; keep only the values.
        int newline = values.indexOf('\n');
        String body = newline >= 0 ? values.substring(newline + 1) : values;
        out.putText(header + "\n" + body);
        out.putHTML(
                "<div><b>"
                        + Html.escape(header)
                        + "</b><pre style=\"margin:0.3em 0\">"
                        + Html.escape(body)
                        + "</pre></div>");
    }
}
