package org.paramlab.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.List;

/**
 * A numbered stack of blocks, addressed {@code 0}, {@code 1}, … as in {@code torch.nn.ModuleList}
 * (so a transformer's layers read {@code encoder.layer.3}).
 *
 * <p>Forward runs the blocks in order. Each receives the previous block's first output followed by
 * this block's remaining inputs (an attention mask, say), so {@code (x, mask)} becomes {@code
 * (f₁(x, mask), mask)}, then {@code (f₂(·), mask)}; the output is {@code (x_n, mask)}.
 */
public final class ModuleList extends ModuleBlock {
    private static final byte VERSION = 1;

    /**
     * Creates the stack.
     *
     * @throws IllegalArgumentException if {@code blocks} is empty
     */
    public ModuleList(List<? extends Block> blocks) {
        super(VERSION);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("A ModuleList needs at least one block.");
        }
        for (int i = 0; i < blocks.size(); i++) {
            addModule(Integer.toString(i), blocks.get(i));
        }
    }

    /** Number of blocks. */
    public int size() {
        return modules().size();
    }

    /** The block at {@code index}. */
    public Block get(int index) {
        return module(Integer.toString(index));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList current = inputs;
        NDList rest = inputs.subNDList(1);
        for (Block block : modules().values()) {
            NDList out = block.forward(ps, current, training, params);
            current = new NDList(out.get(0));
            current.addAll(rest);
        }
        return current;
    }
}
