package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Expr;

import java.util.List;

/**
 * Terms extracted from an e-graph and their joint cost.
 *
 * @param exprs one expression per requested class, in order
 * @param cost the DAG cost of the chosen e-nodes (each shared class charged once)
 */
public record ExtractionResult(List<Expr> exprs, double cost) {
    /** Copies the list. */
    public ExtractionResult {
        exprs = List.copyOf(exprs);
    }

    /** The single expression of a one-root extraction. */
    public Expr expr() {
        return exprs.get(0);
    }
}
