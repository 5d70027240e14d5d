package org.paramlab.symbolic.egraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.CpuCostTable;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.List;

class ExtractorTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void dagCostChargesASharedSubtermOnce() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int root = g.addExpr(p("sin(x + y) + cos(x + y)"));
        g.rebuild();
        TreeExtractor tree = new TreeExtractor(g, ENodeCost.opCount());
        ExtractionResult dag = new DagExtractor(g, ENodeCost.opCount()).extract(root);
        assertEquals(5.0, tree.cost(root)); // +, sin, cos, and x + y twice
        assertEquals(4.0, dag.cost()); // x + y once
        assertSame(p("sin(x + y) + cos(x + y)"), dag.expr());
    }

    @Test
    void severalRootsShareTheirSubterms() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int a = g.addExpr(p("exp(x*y) + 1"));
        int b = g.addExpr(p("exp(x*y)*2"));
        g.rebuild();
        ExtractionResult both = new DagExtractor(g, ENodeCost.opCount()).extract(List.of(a, b));
        assertEquals(4.0, both.cost()); // x*y, exp, +, *
        assertEquals(2, both.exprs().size());
    }

    @Test
    void cpuCostFollowsTheTable() {
        EGraph<Num> g = EGraph.withConstantFolding();
        int root = g.addExpr(p("x^2 + sqrt(y)"));
        g.rebuild();
        CpuCostTable t = CpuCostTable.standard();
        double want = t.cost("add") + t.powerCost(Num.TWO) + t.cost("sqrt");
        assertEquals(want, new TreeExtractor(g, CpuCost.standard()).cost(root), 1e-12);
        assertEquals(t.dagCost(p("x^2 + sqrt(y)")), want, 1e-12);
        assertTrue(want > 0);
    }
}
