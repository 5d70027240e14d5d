package org.paramlab.peft.flora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The convolutional network of the FLoRA notebook: four real 3 × 3 convolutions (DJL {@link
 * Conv2d}, padding 1, with bias) of widths {@code c₁ … c₄} (spec 21: 32, 64, 64, 128) and ReLU, a 2
 * × 2 max-pool after the first two, global average pooling and a linear {@code head}.
 *
 * <p>Shapes: input {@code (B, 1, 28, 28)}; feature maps 28² → 14² → 7² → 7²; output logits {@code
 * (B, classes)}. Module names {@code conv1} … {@code conv4}, {@code head}, so {@code target_modules
 * = ["conv1", …]} selects them.
 */
public final class SmallConvNet extends ModuleBlock {
    private static final byte VERSION = 1;

    /** The convolutions' module names, in order. */
    public static final List<String> CONVS = List.of("conv1", "conv2", "conv3", "conv4");

    private final int[] widths;

    private SmallConvNet(int[] widths, int classes) {
        super(VERSION);
        this.widths = widths.clone();
        for (int i = 0; i < CONVS.size(); i++) {
            addModule(
                    CONVS.get(i),
                    Conv2d.builder()
                            .setKernelShape(new Shape(3, 3))
                            .setFilters(widths[i])
                            .optPadding(new Shape(1, 1))
                            .build());
        }
        addModule("head", Linear.builder().setIn(widths[3]).setOut(classes).build());
    }

    /**
     * A network with four convolutions of {@code widths} and a head of {@code classes}.
     *
     * @throws IllegalArgumentException unless there are four positive widths and two classes or
     *     more
     */
    public static SmallConvNet of(int[] widths, int classes) {
        if (widths.length != 4 || classes < 2) {
            throw new IllegalArgumentException(
                    "SmallConvNet needs four widths and ≥ 2 classes, got "
                            + widths.length
                            + " widths, "
                            + classes
                            + " classes");
        }
        return new SmallConvNet(widths, classes);
    }

    /** The convolutions' widths. */
    public int[] widths() {
        return widths.clone();
    }

    /** The weight shapes {@code (out, in, 3, 3)} of the convolutions, for parameter budgets. */
    public List<Shape> convShapes() {
        List<Shape> out = new ArrayList<>();
        int in = 1;
        for (int w : widths) {
            out.add(new Shape(w, in, 3, 3));
            in = w;
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), ((Linear) headModule()).out())};
    }

    private Block headModule() {
        Block head = module("head");
        return head instanceof org.paramlab.peft.TunerLayer t ? t.base() : head;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... shapes) {
        Shape x = shapes[0]; // (B, 1, H, W)
        for (int i = 0; i < CONVS.size(); i++) {
            Block conv = module(CONVS.get(i));
            conv.initialize(manager, dataType, x);
            x = conv.getOutputShapes(new Shape[] {x})[0];
            if (i < 2) {
                x = new Shape(x.get(0), x.get(1), x.get(2) / 2, x.get(3) / 2);
            }
        }
        module("head").initialize(manager, dataType, new Shape(x.get(0), x.get(1)));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow(); // (B, 1, 28, 28)
        for (int i = 0; i < CONVS.size(); i++) {
            x = module(CONVS.get(i)).forward(ps, new NDList(x), training).head();
            x = Activation.relu(x);
            if (i < 2) {
                x = Pool.maxPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
            }
        }
        NDArray pooled = Pool.globalAvgPool2d(x); // (B, c₄)
        return module("head").forward(ps, new NDList(pooled), training); // (B, classes)
    }
}
