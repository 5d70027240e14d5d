package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * Renders values of one type into a Jupyter MIME bundle.
 *
 * @param <T> the type rendered
 */
public interface ValueRenderer<T> {
    /** The type this renderer handles (subtypes included). */
    Class<T> type();

    /** Puts the value's forms into {@code out}; always including {@code text/plain}. */
    void render(T value, DisplayData out);
}
