package org.paramlab.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns autograd recording off for a block of code, like PyTorch's {@code torch.no_grad()}.
 * PyTorch's grad mode is per thread and on by default in new threads, so inference in a worker
 * thread (held-out evaluation, sampling) would otherwise record a graph it never uses.
 *
 * <pre>{@code
 * try (var off = GradMode.disabled()) {
 *     logits = model.forward(store, inputs, false).head();
 * }
 * }</pre>
 *
 * <p>Engines other than PyTorch are left as they are.
 */
public final class GradMode implements AutoCloseable {
    private final boolean pytorch;
    private final boolean previous;

    private GradMode(boolean pytorch, boolean previous) {
        this.pytorch = pytorch;
        this.previous = previous;
    }

    /** Disables recording on this thread until {@link #close()} restores the previous mode. */
    public static GradMode disabled() {
        boolean pytorch = "PyTorch".equals(Engine.getInstance().getEngineName());
        boolean previous = pytorch && JniUtils.isGradMode();
        if (pytorch) {
            JniUtils.setGradMode(false);
        }
        return new GradMode(pytorch, previous);
    }

    /** Restores the mode found by {@link #disabled()}. */
    @Override
    public void close() {
        if (pytorch) {
            JniUtils.setGradMode(previous);
        }
    }
}
