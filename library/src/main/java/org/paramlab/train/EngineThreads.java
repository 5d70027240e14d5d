package org.paramlab.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The engine's intra-op thread count (PyTorch's {@code torch.set_num_threads}), process-wide. Small
 * models train faster single-threaded, and runs in parallel should share the cores rather than each
 * claim all of them; {@link org.paramlab.train.sweep.SweepExecutor#threads(int)} uses this. Engines
 * other than PyTorch report 0 and ignore the setting.
 */
public final class EngineThreads {
    private EngineThreads() {}

    /** The current intra-op thread count (0 if the engine does not say). */
    public static int get() {
        return isPyTorch() ? JniUtils.getNumThreads() : 0;
    }

    /**
     * Sets the intra-op thread count and returns the previous one.
     *
     * @throws IllegalArgumentException if threads &lt; 1
     */
    public static int set(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Need at least one thread, found " + threads);
        }
        int previous = get();
        if (isPyTorch()) {
            JniUtils.setNumThreads(threads);
        }
        return previous;
    }

    private static boolean isPyTorch() {
        return "PyTorch".equals(Engine.getInstance().getEngineName());
    }
}
