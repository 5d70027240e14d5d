package org.paramlab.kernel;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Gives the thread that runs cells the defaults DJL expects of the thread that loaded its engine.
 *
 * <p>PyTorch's autograd mode is per thread and on in every new thread. DJL's PyTorch engine turns
 * it off only on the thread that loads the engine, and its gradient collector turns it on just for
 * a training step. The kernel loads the engine on a warm-up thread, so without this the cell thread
 * would record a graph for every operation: inference leaks memory and in-place parameter updates
 * run inside the graph (training then diverges).
 */
final class CellThreadDefaults {
    private static volatile boolean engineLoaded;
    private static final ThreadLocal<Boolean> APPLIED = ThreadLocal.withInitial(() -> false);

    private CellThreadDefaults() {}

    /** Records that the warm-up loaded DJL's engine (on another thread). */
    static void engineLoaded() {
        engineLoaded = true;
    }

    /**
     * Applies the defaults to the calling thread once, after the engine is loaded. Before that, a
     * cell that loads the engine itself does so on its own thread, which DJL sets up.
     */
    static void applyToCurrentThread() {
        if (!engineLoaded || APPLIED.get()) {
            return;
        }
        if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
            JniUtils.setGradMode(false);
        }
        APPLIED.set(true);
    }
}
