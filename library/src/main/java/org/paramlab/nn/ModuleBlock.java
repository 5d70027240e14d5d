package org.paramlab.nn;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block whose children have clean, addressable names ({@code query}, {@code LayerNorm}, {@code
 * 3}) and can be replaced in place, as HF PEFT replaces a {@code torch.nn.Module}'s attribute.
 *
 * <p>DJL's {@link AbstractBlock#addChildBlock} stores a child under a numbered key ({@code
 * "01query"}) in a protected list. A {@code ModuleBlock} keeps the clean name beside it, looks its
 * children up by that name at forward time ({@link #module(String)}), and {@link
 * #replaceChild(String, Block)} swaps the child in both places, so parameters, saving and the next
 * forward pass all see the replacement. {@link ModulePaths} walks a tree of these blocks and yields
 * dotted paths such as {@code encoder.layer.3.attention.self.query}.
 *
 * <p>Every parameter of a {@code ModuleBlock} tree has its shape fixed at construction, so {@link
 * #initializeChildBlocks} only passes the call down; input shapes are not needed to size anything.
 */
public abstract class ModuleBlock extends AbstractBlock {
    private final Map<String, Block> modules = new LinkedHashMap<>();

    /**
     * Creates the block with DJL's serialisation version.
     *
     * @param version the block's {@code VERSION}
     */
    protected ModuleBlock(byte version) {
        super(version);
    }

    /**
     * Registers {@code block} as the child {@code name}.
     *
     * @throws IllegalArgumentException if the name is blank, contains a dot, or is taken
     */
    protected final <B extends Block> B addModule(String name, B block) {
        if (name == null || name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException(
                    "A module name must be non-blank and without dots, got '" + name + "'.");
        }
        if (modules.containsKey(name)) {
            throw new IllegalArgumentException(
                    "Module '" + name + "' is already registered in " + getClass().getSimpleName());
        }
        modules.put(name, block);
        addChildBlock(name, block);
        return block;
    }

    /**
     * The child registered as {@code name} (the replacement, after {@link #replaceChild}).
     *
     * @throws IllegalArgumentException naming the children if there is no such child
     */
    public Block module(String name) {
        Block block = modules.get(name);
        if (block == null) {
            throw new IllegalArgumentException(
                    "No module '"
                            + name
                            + "' in "
                            + getClass().getSimpleName()
                            + "; its modules are "
                            + modules.keySet());
        }
        return block;
    }

    /** The children by clean name, in registration order. */
    public Map<String, Block> modules() {
        return Collections.unmodifiableMap(modules);
    }

    /**
     * Replaces the child {@code name} by {@code replacement} and returns the child it replaced. The
     * replacement takes the child's position, so DJL's parameter order and saved files keep their
     * layout.
     *
     * @throws IllegalArgumentException if there is no child {@code name}
     */
    public Block replaceChild(String name, Block replacement) {
        Block old = module(name);
        List<String> names = new ArrayList<>(modules.keySet());
        int index = names.indexOf(name);
        String key = children.get(index).getKey();
        children.remove(index);
        children.add(index, key, replacement);
        modules.put(name, replacement);
        return old;
    }

    /** Passes initialisation to each child; their parameter shapes are fixed already. */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Block child : modules.values()) {
            child.initialize(manager, dataType, inputShapes);
        }
    }
}
