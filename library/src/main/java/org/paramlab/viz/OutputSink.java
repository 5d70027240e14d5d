package org.paramlab.viz;

/**
 * Where {@link Output#show(Object)} sends values. The kernel installs one that publishes Jupyter
 * display messages; the default prints text.
 */
public interface OutputSink {
    /**
     * Shows {@code value} as a new output.
     *
     * @return a handle that replaces this output in place
     */
    OutputHandle show(Object value);
}
