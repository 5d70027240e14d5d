package org.paramlab.symbolic.experiment;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The measured workloads of {@link RepresentationStudy}.
 *
 * @param rows one row per workload and size
 * @param identical whether both representations gave the same canonical expression everywhere
 * @param maxRelativeErrorVsSymPy the largest relative difference from SymPy's values over W1 (the
 *     powers SymPy has, 4 … 12) and W3, at its 20 random points
 */
public record RepresentationStudyResult(
        List<Row> rows, boolean identical, double maxRelativeErrorVsSymPy) {
    /**
     * One measurement.
     *
     * @param workload W1, W2 or W3
     * @param size n for W1, monomials for W2, Jacobian non-zeros for W3
     * @param resultTerms terms in the result (W1, W2) or non-zeros (W3)
     * @param treeMillis median wall time with naive trees
     * @param canonicalMillis median wall time with canonical Add/Mul terms
     */
    public record Row(
            String workload, int size, int resultTerms, double treeMillis, double canonicalMillis) {
        /** treeMillis / canonicalMillis. */
        public double speedup() {
            return treeMillis / canonicalMillis;
        }
    }

    /** Copies the rows. */
    public RepresentationStudyResult {
        rows = List.copyOf(rows);
    }

    /** The speed-up of the W1 row with exponent n. */
    public double expandSpeedup(int n) {
        return rows.stream()
                .filter(r -> r.workload().equals("W1") && r.size() == n)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No W1 row for n = " + n))
                .speedup();
    }

    /** The rows as a table. */
    public Table table() {
        StringColumn w = StringColumn.create("workload");
        IntColumn size = IntColumn.create("size");
        IntColumn terms = IntColumn.create("result terms");
        DoubleColumn tree = DoubleColumn.create("tree ms");
        DoubleColumn canon = DoubleColumn.create("Add/Mul ms");
        DoubleColumn speed = DoubleColumn.create("speed-up");
        for (Row r : rows) {
            w.append(r.workload());
            size.append(r.size());
            terms.append(r.resultTerms());
            tree.append(r.treeMillis());
            canon.append(r.canonicalMillis());
            speed.append(r.speedup());
        }
        return Table.create("Naive trees vs canonical Add/Mul (median wall times)")
                .addColumns(w, size, terms, tree, canon, speed);
    }
}
