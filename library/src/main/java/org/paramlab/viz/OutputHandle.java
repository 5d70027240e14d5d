package org.paramlab.viz;

/** One output shown by an {@link OutputSink}, which can be replaced in place. */
public interface OutputHandle {
    /** Replaces the output with {@code value}. */
    void update(Object value);
}
