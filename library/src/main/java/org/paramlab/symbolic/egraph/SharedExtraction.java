package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms extracted from an e-graph with their sharing made explicit: every e-class that the chosen
 * terms use more than once is a definition {@code cse_<class> = term}, and later terms refer to it
 * by that symbol. Building a shared class as an ordinary {@link Expr} would flatten it into the
 * canonical sums and products around it (a·b inside (a·b)·c and (a·b)·d), losing the sharing the
 * extraction paid for; with definitions, {@code ExprCompiler} computes each shared class once.
 *
 * @param exprs one expression per requested class, in order, over the inputs and the definitions
 * @param definitions symbol to term, in dependency order (each uses only earlier definitions)
 * @param cost the DAG cost of the chosen e-nodes
 */
public record SharedExtraction(List<Expr> exprs, Map<Sym, Expr> definitions, double cost) {
    /** Copies the list and keeps the definitions' order. */
    public SharedExtraction {
        exprs = List.copyOf(exprs);
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }

    /** The expressions with every definition substituted back (canonical, sharing flattened). */
    public List<Expr> inlined() {
        Map<Sym, Expr> resolved = new LinkedHashMap<>();
        for (Map.Entry<Sym, Expr> d : definitions.entrySet()) {
            resolved.put(d.getKey(), d.getValue().subs(resolved));
        }
        return exprs.stream().map(e -> e.subs(resolved)).toList();
    }
}
