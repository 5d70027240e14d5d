package org.paramlab.nn;

import ai.djl.nn.Block;
import ai.djl.nn.BlockList;
import ai.djl.nn.Parameter;

import org.paramlab.train.ParameterPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dotted module paths over a DJL block tree, as in PyTorch's {@code named_modules()}: {@code
 * encoder.layer.3.attention.self.query} names the query projection of the fourth layer, and {@code
 * encoder.layer.3.attention.self.query.weight} its weight.
 *
 * <p>Children of a {@link ModuleBlock} are named by their clean names. Children of any other DJL
 * block are named by their DJL key without the {@code %02d} position prefix that {@code
 * AbstractBlock.addChildBlock} adds ({@code "01Linear"} becomes {@code Linear}).
 */
public final class ModulePaths {
    private ModulePaths() {}

    /**
     * Every module under {@code root} (not the root itself) by dotted path, parents before
     * children, in registration order.
     */
    public static Map<String, Block> modules(Block root) {
        Map<String, Block> out = new LinkedHashMap<>();
        collect(root, "", out);
        return out;
    }

    /**
     * Every parameter under {@code root} by dotted path ({@code <module path>.<parameter name>}),
     * the root's own parameters first; the same paths as {@link
     * org.paramlab.train.ParameterPaths#of}, which this delegates to.
     */
    public static Map<String, Parameter> parameters(Block root) {
        return ParameterPaths.of(root);
    }

    /**
     * The module at {@code path}.
     *
     * @throws IllegalArgumentException naming the nearest existing children if the path does not
     *     exist
     */
    public static Block find(Block root, String path) {
        Block current = root;
        String walked = "";
        for (String part : path.split("\\.")) {
            Map<String, Block> kids = children(current);
            Block next = kids.get(part);
            if (next == null) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "No module '%s' under '%s'; its children are %s",
                                part,
                                walked.isEmpty() ? "<root>" : walked,
                                kids.keySet()));
            }
            walked = walked.isEmpty() ? part : walked + "." + part;
            current = next;
        }
        return current;
    }

    /**
     * Replaces the module at {@code path} by {@code replacement} and returns the replaced module.
     *
     * @throws IllegalArgumentException if the path does not exist, or its parent is not a {@link
     *     ModuleBlock} (DJL's own blocks cannot swap a child)
     */
    public static Block replace(Block root, String path, Block replacement) {
        int dot = path.lastIndexOf('.');
        Block parent = dot < 0 ? root : find(root, path.substring(0, dot));
        String name = path.substring(dot + 1);
        if (!(parent instanceof ModuleBlock m)) {
            throw new IllegalArgumentException(
                    "Cannot replace '"
                            + path
                            + "': its parent "
                            + parent.getClass().getSimpleName()
                            + " is not a ModuleBlock, so its children cannot be swapped.");
        }
        return m.replaceChild(name, replacement);
    }

    /** The direct children of {@code block} by clean name. */
    public static Map<String, Block> children(Block block) {
        if (block instanceof ModuleBlock m) {
            return m.modules();
        }
        Map<String, Block> out = new LinkedHashMap<>();
        BlockList list = block.getChildren();
        for (int i = 0; i < list.size(); i++) {
            out.put(cleanName(i, list.get(i).getKey()), list.get(i).getValue());
        }
        return out;
    }

    /** Path names that the user can read in an error: the first {@code limit} and a count. */
    public static String summarize(List<String> names, int limit) {
        if (names.size() <= limit) {
            return names.toString();
        }
        List<String> head = new ArrayList<>(names.subList(0, limit));
        return head + " … and " + (names.size() - limit) + " more";
    }

    static String cleanName(int index, String storedKey) {
        String prefix = String.format(Locale.ROOT, "%02d", index + 1);
        return storedKey.startsWith(prefix) ? storedKey.substring(prefix.length()) : storedKey;
    }

    private static void collect(Block block, String prefix, Map<String, Block> out) {
        for (Map.Entry<String, Block> e : children(block).entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            out.put(path, e.getValue());
            collect(e.getValue(), path, out);
        }
    }
}
