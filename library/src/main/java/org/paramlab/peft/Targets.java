package org.paramlab.peft;

import ai.djl.nn.Block;

import org.paramlab.nn.ModulePaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which modules a list of {@code target_modules} patterns selects, with HF PEFT's rules: a plain
 * entry matches a module whose path equals it or ends with {@code "." + entry} ({@code query}
 * matches {@code encoder.layer.3.attention.self.query}); an entry containing a regular-expression
 * metacharacter other than the dot ({@code * + ? ( ) [ ] { } | ^ $ \}) must match the whole path,
 * as HF's string form of {@code target_modules} does ({@code .*layer\.[45]\..*dense}).
 *
 * <p>Modules inside a {@link TunerLayer} (its {@code base_layer} and copies) are never targets.
 */
public final class Targets {
    private static final Pattern META = Pattern.compile("[*+?()\\[\\]{}|^$\\\\]");

    private Targets() {}

    /** Whether {@code path} is matched by {@code pattern}. */
    public static boolean matches(String pattern, String path) {
        if (META.matcher(pattern).find()) {
            return Pattern.matches(pattern, path);
        }
        return path.equals(pattern) || path.endsWith("." + pattern);
    }

    /** Whether any of {@code patterns} matches {@code path}. */
    public static boolean matchesAny(List<String> patterns, String path) {
        for (String p : patterns) {
            if (matches(p, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The modules of {@code model} matched by {@code patterns} that {@code accept} takes, by path,
     * outside tuner layers.
     *
     * @param method the method's name, for the error
     * @param kind what {@code accept} takes, e.g. {@code "Linear"}, for the error
     * @throws IllegalArgumentException if nothing is selected, listing the module names
     */
    public static Map<String, Block> select(
            Block model,
            List<String> patterns,
            Predicate<Block> accept,
            String method,
            String kind) {
        Map<String, Block> all = visibleModules(model);
        Map<String, Block> out = new LinkedHashMap<>();
        List<String> matchedWrongKind = new ArrayList<>();
        for (Map.Entry<String, Block> e : all.entrySet()) {
            if (matchesAny(patterns, e.getKey())) {
                if (accept.test(e.getValue())) {
                    out.put(e.getKey(), e.getValue());
                } else {
                    matchedWrongKind.add(e.getKey());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(
                    method
                            + ": target_modules "
                            + patterns
                            + " match no "
                            + kind
                            + " module"
                            + (matchedWrongKind.isEmpty()
                                    ? ""
                                    : " (they match " + matchedWrongKind + ", not " + kind + ")")
                            + ". The model's modules are "
                            + ModulePaths.summarize(leafNames(all), 40)
                            + ".");
        }
        return out;
    }

    /** Every module path outside tuner layers. */
    public static Map<String, Block> visibleModules(Block model) {
        Map<String, Block> out = new LinkedHashMap<>();
        String hidden = null;
        for (Map.Entry<String, Block> e : ModulePaths.modules(model).entrySet()) {
            String path = e.getKey();
            if (hidden != null && path.startsWith(hidden)) {
                continue;
            }
            hidden = e.getValue() instanceof TunerLayer ? path + "." : null;
            out.put(path, e.getValue());
        }
        return out;
    }

    private static List<String> leafNames(Map<String, Block> modules) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Block> e : modules.entrySet()) {
            if (!e.getKey().contains(".layer.") || e.getKey().contains(".layer.0.")) {
                names.add(e.getKey());
            }
        }
        return names;
    }
}
