package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;
import org.paramlab.nn.ModulePaths;
import org.paramlab.train.ParameterPaths;

import java.util.ArrayList;
import java.util.List;

/**
 * A small residual network for 28 × 28 grey images whose convolutions are real, quaternion or PHC
 * ({@link PhcVariant}), the laptop-sized stand-in for the PHNN paper's PHC ResNets (Grassucci,
 * Zhang, Comminiello, IEEE TNNLS 2022, arXiv:2110.04176, §V; He et al., Deep Residual Learning,
 * CVPR 2016, arXiv:1512.03385).
 *
 * <p>Layout: a real 3 × 3 stem {@code 1 → w₀} (an input with one channel admits no n > 1), then one
 * residual unit per width {@code wₛ} (two 3 × 3 convs with batch norm and ReLU; the first of each
 * later unit has stride 2, with a 1 × 1 projection shortcut), global average pooling and a real
 * linear head. With widths 12/24/48 every n in {1, 2, 3, 4} divides every hypercomplex conv.
 *
 * <p>Shapes: input {@code (B, 1, 28, 28)}, output logits {@code (B, classes)}.
 */
public final class PhcResNet extends ModuleBlock {
    private static final byte VERSION = 1;

    private final List<Unit> units = new ArrayList<>();

    private PhcResNet(PhcVariant variant, int[] widths, int classes) {
        super(VERSION);
        addModule("stem", PhcVariant.real().conv(1, widths[0], 3, 1));
        addModule("stem_bn", BatchNorm.builder().build());
        int in = widths[0];
        for (int s = 0; s < widths.length; s++) {
            Unit unit = addModule("unit" + s, new Unit(variant, in, widths[s], s == 0 ? 1 : 2));
            units.add(unit);
            in = widths[s];
        }
        addModule("head", Linear.builder().setIn(in).setOut(classes).build());
    }

    /**
     * A network of {@code variant} convolutions with one residual unit per width.
     *
     * @throws IllegalArgumentException if the variant's n does not divide a width (naming it)
     */
    public static PhcResNet of(PhcVariant variant, int[] widths, int classes) {
        if (widths.length == 0 || classes < 2) {
            throw new IllegalArgumentException("Need at least one width and two classes");
        }
        return new PhcResNet(variant, widths.clone(), classes);
    }

    /** The hypercomplex (or, for the real variant, real) convolutions after the stem, by path. */
    public List<PhcConv> hypercomplexConvs() {
        List<PhcConv> out = new ArrayList<>();
        for (var e : ModulePaths.modules(this).entrySet()) {
            if (e.getValue() instanceof PhcConv c && !e.getKey().equals("stem")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The weights of {@link #hypercomplexConvs()}: {@code Σ (n³ + out·in·k²/n)}. */
    public long hypercomplexParameters() {
        return hypercomplexConvs().stream().mapToLong(ParameterPaths::count).sum();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Linear head = (Linear) module("head");
        return new Shape[] {new Shape(inputShapes[0].get(0), head.out())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... shapes) {
        Shape x = shapes[0]; // (B, 1, H, W)
        for (String name : List.of("stem", "stem_bn")) {
            module(name).initialize(manager, dataType, x);
            x = module(name).getOutputShapes(new Shape[] {x})[0];
        }
        for (Unit u : units) {
            u.initialize(manager, dataType, x);
            x = u.getOutputShapes(new Shape[] {x})[0];
        }
        module("head").initialize(manager, dataType, new Shape(x.get(0), x.get(1)));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList x = module("stem").forward(ps, inputs, training);
        x = module("stem_bn").forward(ps, x, training);
        x = new NDList(Activation.relu(x.head())); // (B, w₀, H, W)
        for (Unit u : units) {
            x = u.forward(ps, x, training);
        }
        NDArray pooled = Pool.globalAvgPool2d(x.head()); // (B, w_last)
        return module("head").forward(ps, new NDList(pooled), training); // (B, classes)
    }

    /** {@code relu(bn(conv(relu(bn(conv(x))))) + shortcut(x))}. */
    static final class Unit extends ModuleBlock {
        private final boolean projected;

        Unit(PhcVariant variant, int in, int out, int stride) {
            super(VERSION);
            addModule("conv1", variant.conv(in, out, 3, stride));
            addModule("bn1", BatchNorm.builder().build());
            addModule("conv2", variant.conv(out, out, 3, 1));
            addModule("bn2", BatchNorm.builder().build());
            projected = stride != 1 || in != out;
            if (projected) {
                addModule("shortcut", variant.conv(in, out, 1, stride));
                addModule("shortcut_bn", BatchNorm.builder().build());
            }
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return module("conv1").getOutputShapes(inputShapes);
        }

        @Override
        protected void initializeChildBlocks(
                NDManager manager, DataType dataType, Shape... shapes) {
            Shape x = shapes[0];
            Shape y = chain(manager, dataType, x, "conv1", "bn1", "conv2", "bn2");
            if (projected) {
                chain(manager, dataType, x, "shortcut", "shortcut_bn");
            }
            assert y.equals(getOutputShapes(new Shape[] {x})[0]);
        }

        private Shape chain(NDManager manager, DataType dataType, Shape x, String... names) {
            for (String name : names) {
                Block b = module(name);
                b.initialize(manager, dataType, x);
                x = b.getOutputShapes(new Shape[] {x})[0];
            }
            return x;
        }

        @Override
        protected NDList forwardInternal(
                ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> p) {
            NDList h = module("conv1").forward(ps, inputs, training);
            h = module("bn1").forward(ps, h, training);
            h = new NDList(Activation.relu(h.head()));
            h = module("conv2").forward(ps, h, training);
            h = module("bn2").forward(ps, h, training);
            NDList skip = inputs;
            if (projected) {
                skip = module("shortcut").forward(ps, inputs, training);
                skip = module("shortcut_bn").forward(ps, skip, training);
            }
            return new NDList(Activation.relu(h.head().add(skip.head())));
        }
    }
}
