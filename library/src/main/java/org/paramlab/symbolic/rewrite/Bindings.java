package org.paramlab.symbolic.rewrite;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Wild;

import java.util.LinkedHashMap;
import java.util.Map;

/** A persistent (shared-tail) list of pattern-variable bindings, cheap to extend and drop. */
final class Bindings {
    static final Bindings EMPTY = new Bindings(null, null, null);

    private final Wild wild;
    private final Expr value;
    private final Bindings next;

    private Bindings(Wild wild, Expr value, Bindings next) {
        this.wild = wild;
        this.value = value;
        this.next = next;
    }

    Expr get(Wild w) {
        for (Bindings b = this; b.wild != null; b = b.next) {
            if (b.wild == w) {
                return b.value;
            }
        }
        return null;
    }

    Bindings with(Wild w, Expr v) {
        return new Bindings(w, v, this);
    }

    Map<Wild, Expr> toMap() {
        Map<Wild, Expr> m = new LinkedHashMap<>();
        for (Bindings b = this; b.wild != null; b = b.next) {
            m.putIfAbsent(b.wild, b.value);
        }
        return m;
    }
}
