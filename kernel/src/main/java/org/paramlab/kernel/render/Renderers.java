package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The renderers the kernel knows, chosen by the value's nearest type: its class, then its
 * superclasses, then its interfaces (breadth first).
 */
public final class Renderers {
    private final Map<Class<?>, ValueRenderer<?>> byType = new LinkedHashMap<>();

    /** Renderers for the given types; a later one for the same type wins. */
    public Renderers(List<ValueRenderer<?>> renderers) {
        for (ValueRenderer<?> r : renderers) {
            byType.put(r.type(), r);
        }
    }

    /**
     * Charts, tables, NDArrays, images, audio clips, HTML, reproduction results, claims and LaTeX
     * forms.
     */
    public static Renderers defaults() {
        return new Renderers(
                List.of(
                        new ChartRenderer(),
                        new TableRenderer(TableRenderer.DEFAULT_ROW_LIMIT),
                        new NDArrayRenderer(),
                        new ImageRenderer(),
                        new AudioRenderer(),
                        new HtmlRenderer(),
                        new ReproResultRenderer(),
                        new ClaimRenderer(),
                        new LatexRenderer()));
    }

    /** The value's MIME bundle, or empty if no renderer handles its type. */
    public Optional<DisplayData> render(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        ValueRenderer<?> renderer = find(value.getClass());
        if (renderer == null) {
            return Optional.empty();
        }
        DisplayData out = new DisplayData();
        renderWith(renderer, value, out);
        return Optional.of(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> void renderWith(ValueRenderer<T> renderer, Object value, DisplayData out) {
        renderer.render((T) value, out);
    }

    private ValueRenderer<?> find(Class<?> type) {
        Deque<Class<?>> queue = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            queue.add(c);
        }
        while (!queue.isEmpty()) {
            Class<?> c = queue.poll();
            if (!seen.add(c)) {
                continue;
            }
            ValueRenderer<?> r = byType.get(c);
            if (r != null) {
                return r;
            }
            queue.addAll(List.of(c.getInterfaces()));
        }
        return null;
    }
}
