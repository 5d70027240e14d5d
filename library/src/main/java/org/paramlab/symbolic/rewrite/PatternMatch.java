package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Wild;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bindings of a successful pattern match: which expression each pattern variable {@code ~x}
 * stands for. Passed to rule conditions and computed replacements.
 */
public final class PatternMatch {
    private final Map<Wild, Expr> bindings;

    PatternMatch(Map<Wild, Expr> bindings) {
        this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /**
     * The expression bound to {@code ~name}.
     *
     * @throws IllegalArgumentException if the pattern has no variable of that name
     */
    public Expr get(String name) {
        Expr e = bindings.get(Wild.of(name));
        if (e == null) {
            throw new IllegalArgumentException(
                    "The pattern binds no ~" + name + "; it binds " + bindings.keySet());
        }
        return e;
    }

    /** Every binding. */
    public Map<Wild, Expr> bindings() {
        return bindings;
    }

    /** The bindings as {@code {~x=..., ~y=...}}. */
    @Override
    public String toString() {
        return bindings.toString();
    }
}
