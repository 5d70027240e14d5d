package org.paramlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * Records a forward pass for autograd and back-propagates a scalar loss into the parameters'
 * gradients, like DJL's {@link GradientCollector} but usable from several threads at once.
 *
 * <p>DJL's PyTorch collector allows one collector per process ("Only one can be collecting at a
 * time"), which rules out training two models in parallel threads. PyTorch itself keeps one graph
 * per forward pass and its grad mode per thread, so with the PyTorch engine this class switches the
 * calling thread's grad mode on, calls PyTorch's backward directly, and restores the mode; with
 * other engines it delegates to the engine's {@link GradientCollector}.
 *
 * <pre>{@code
 * try (Backprop tape = Backprop.start()) {
 *     NDArray loss = objective.evaluate(model.forward(store, inputs, true), labels);
 *     tape.backward(loss);
 * }
 * }</pre>
 */
public final class Backprop implements AutoCloseable {
    private final boolean previous;
    private final GradientCollector fallback;

    private Backprop(boolean previous, GradientCollector fallback) {
        this.previous = previous;
        this.fallback = fallback;
    }

    /** Starts recording on the calling thread. */
    public static Backprop start() {
        Engine engine = Engine.getInstance();
        if ("PyTorch".equals(engine.getEngineName())) {
            boolean previous = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            return new Backprop(previous, null);
        }
        return new Backprop(false, engine.newGradientCollector());
    }

    /**
     * Accumulates ∂loss/∂w into every parameter w that requires a gradient; the graph is freed.
     *
     * @throws IllegalArgumentException if the loss is not a scalar
     */
    public void backward(NDArray loss) {
        if (loss.getShape().size() != 1) {
            throw new IllegalArgumentException(
                    "Back-propagation needs a scalar loss, found shape " + loss.getShape());
        }
        if (fallback != null) {
            fallback.backward(loss);
            return;
        }
        NDArray seed = loss.onesLike();
        JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
        seed.close();
    }

    /** Restores the thread's previous grad mode. */
    @Override
    public void close() {
        if (fallback != null) {
            fallback.close();
        } else {
            JniUtils.setGradMode(previous);
        }
    }
}
