package org.paramlab.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readable paths of a block's parameters: child names joined by dots with DJL's ordinal prefixes
 * removed, e.g. {@code layers.0.attention.query.weight} for DJL's {@code 02layers_01layer0_...}.
 * {@link ParamGroup} patterns, optimizer state and checkpoints are keyed by these paths, so two
 * models built from the same config share them.
 */
public final class ParameterPaths {
    private ParameterPaths() {}

    /**
     * Every parameter of {@code block}, in DJL's order, by path.
     *
     * @throws IllegalStateException if two parameters end up with the same path
     */
    public static Map<String, Parameter> of(Block block) {
        Map<String, Parameter> paths = new LinkedHashMap<>();
        collect(block, "", paths);
        return Collections.unmodifiableMap(paths);
    }

    /** The number of scalars in the parameters of {@code block} (initialised or not). */
    public static long count(Block block) {
        long total = 0;
        for (Parameter p : of(block).values()) {
            if (p.getShape() != null) {
                total += p.getShape().size();
            }
        }
        return total;
    }

    /** The number of scalars in the parameters that require a gradient. */
    public static long countTrainable(Block block) {
        long total = 0;
        for (Parameter p : of(block).values()) {
            if (p.requiresGradient() && p.getShape() != null) {
                total += p.getShape().size();
            }
        }
        return total;
    }

    private static void collect(Block block, String prefix, Map<String, Parameter> paths) {
        for (Pair<String, Parameter> entry : block.getDirectParameters()) {
            String path = prefix + entry.getKey();
            if (paths.put(path, entry.getValue()) != null) {
                throw new IllegalStateException(
                        "Two parameters share the path '"
                                + path
                                + "'; give the blocks' children"
                                + " distinct names.");
            }
        }
        int ordinal = 0;
        for (Pair<String, Block> child : block.getChildren()) {
            ordinal++;
            collect(child.getValue(), prefix + strip(child.getKey(), ordinal) + ".", paths);
        }
    }

    /** DJL names the n-th child {@code String.format("%02d%s", n, name)}; drop the ordinal. */
    static String strip(String childKey, int ordinal) {
        String prefix = String.format(java.util.Locale.ROOT, "%02d", ordinal);
        return childKey.startsWith(prefix) && childKey.length() > prefix.length()
                ? childKey.substring(prefix.length())
                : childKey;
    }
}
