package org.paramlab.symbolic.experiment;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link EGraphStudy} measured.
 *
 * @param expressions the number of expressions (right-hand side plus Jacobian non-zeros)
 * @param treeOperations double operations with every expression evaluated as its own tree
 * @param dagOperations double operations of the compiled canonical DAG (shared subterms once)
 * @param egraphOperations double operations of the compiled e-graph extraction
 * @param dagCost the CPU-cost-model cost of the canonical DAG
 * @param egraphCost the cost of the extraction under the same model
 * @param stopReason why saturation stopped
 * @param egraphNodes e-nodes at the end of saturation
 * @param saturationMillis wall time of saturation and extraction
 * @param dagMillis median time of one batch evaluation of the canonical DAG
 * @param egraphMillis median time of one batch evaluation of the extraction
 * @param maxRelativeDifference the largest relative difference between the two compiled forms
 */
public record EGraphStudyResult(
        int expressions,
        int treeOperations,
        int dagOperations,
        int egraphOperations,
        double dagCost,
        double egraphCost,
        String stopReason,
        int egraphNodes,
        double saturationMillis,
        double dagMillis,
        double egraphMillis,
        double maxRelativeDifference) {
    /** 1 − egraphOperations / dagOperations. */
    public double operationReduction() {
        return 1 - egraphOperations / (double) dagOperations;
    }

    /** 1 − egraphOperations / treeOperations. */
    public double operationReductionVsTree() {
        return 1 - egraphOperations / (double) treeOperations;
    }

    /** dagMillis / egraphMillis. */
    public double speedup() {
        return dagMillis / egraphMillis;
    }

    /** The measurements as a two-column table. */
    public Table table() {
        StringColumn what = StringColumn.create("measure");
        DoubleColumn value = DoubleColumn.create("value");
        Object[][] rows = {
            {"expressions (rhs + Jacobian non-zeros)", expressions},
            {"operations, each expression a tree", treeOperations},
            {"operations, canonical DAG (CSE)", dagOperations},
            {"operations, e-graph extraction", egraphOperations},
            {"cost model, canonical DAG", dagCost},
            {"cost model, e-graph extraction", egraphCost},
            {"e-nodes after saturation (" + stopReason + ")", egraphNodes},
            {"saturation + extraction ms", saturationMillis},
            {"batch eval ms, canonical DAG (median)", dagMillis},
            {"batch eval ms, e-graph (median)", egraphMillis},
            {"max relative difference", maxRelativeDifference}
        };
        for (Object[] r : rows) {
            what.append((String) r[0]);
            value.append(((Number) r[1]).doubleValue());
        }
        return Table.create("E-graph on a mass-action network's rhs + Jacobian")
                .addColumns(what, value);
    }
}
