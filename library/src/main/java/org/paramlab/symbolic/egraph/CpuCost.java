package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.CpuCostTable;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;

/**
 * The CPU cost of an e-node from a {@link CpuCostTable}: additions, multiplications (by the
 * constant −1: a negation), powers by their constant exponent (binary powering, division, square
 * root) or {@code pow}, functions by name; leaves are free. With {@link DagExtractor} this
 * estimates the run time of the code generated for the extracted expression.
 */
public final class CpuCost implements ENodeCost {
    private final CpuCostTable table;

    /** The cost under {@code table}. */
    public CpuCost(CpuCostTable table) {
        this.table = table;
    }

    /** The cost under {@link CpuCostTable#standard()}. */
    public static CpuCost standard() {
        return new CpuCost(CpuCostTable.standard());
    }

    @Override
    public double cost(EGraph<?> g, ENode n) {
        if (n.isLeaf()) {
            return 0;
        }
        Op op = n.op();
        switch (op.kind()) {
            case ADD:
                return table.cost("add");
            case MUL:
                {
                    Num a = constant(g, n.child(0));
                    Num b = constant(g, n.child(1));
                    if ((a != null && a.isMinusOne()) || (b != null && b.isMinusOne())) {
                        return table.cost("neg");
                    }
                    return table.cost("mul");
                }
            case POW:
                {
                    Num e = constant(g, n.child(1));
                    return e != null ? table.powerCost(e) : table.cost("pow");
                }
            default:
                return table.cost(op.name());
        }
    }

    /** The number in class {@code id}, if it holds a number leaf. */
    static Num constant(EGraph<?> g, int id) {
        for (ENode n : g.eclass(id).nodes()) {
            if (n.isLeaf() && n.leaf() instanceof Num) {
                return (Num) n.leaf();
            }
        }
        return null;
    }
}
