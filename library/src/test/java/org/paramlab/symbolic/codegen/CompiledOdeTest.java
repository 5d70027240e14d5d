package org.paramlab.symbolic.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.paramlab.dynamics.ode.JacobianSolver;
import org.paramlab.dynamics.ode.RosenbrockConfig;
import org.paramlab.dynamics.ode.RosenbrockSolver;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.egraph.ArithmeticRewrites;
import org.paramlab.symbolic.egraph.CpuCost;
import org.paramlab.symbolic.egraph.DagExtractor;
import org.paramlab.symbolic.egraph.EGraph;
import org.paramlab.symbolic.egraph.SaturationLimits;
import org.paramlab.symbolic.egraph.SaturationRunner;
import org.paramlab.symbolic.egraph.SharedExtraction;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class CompiledOdeTest {
    @Test
    void generatedSparseAndDenseJacobiansSolveRobertsonAlike() {
        List<Sym> y = Sym.list("a", "b", "c");
        List<Expr> f =
                List.of(
                        ExprParser.parse("-0.04*a + 10000*b*c"),
                        ExprParser.parse("0.04*a - 10000*b*c - 30000000*b^2"),
                        ExprParser.parse("30000000*b^2"));
        CompiledOde ode = CompiledOde.of(f, y);
        RosenbrockSolver s =
                new RosenbrockSolver(RosenbrockConfig.defaults().withTolerances(1e-8, 1e-14));
        double[] sparse =
                s.solve(ode.system(), ode.sparseJacobian(), 0, new double[] {1, 0, 0}, 40)
                        .finalState();
        double[] dense =
                s.solve(ode.system(), ode.denseJacobian(), 0, new double[] {1, 0, 0}, 40)
                        .finalState();
        double[] fd =
                s.solve(
                                ode.system(),
                                JacobianSolver.finiteDifference(ode.system()),
                                0,
                                new double[] {1, 0, 0},
                                40)
                        .finalState();
        assertArrayEquals(dense, sparse, 1e-12);
        assertArrayEquals(
                new double[] {0.715827068717991, 9.185534764651483e-06, 0.28416374574724335},
                sparse,
                2e-6);
        assertArrayEquals(sparse, fd, 1e-5);
        assertEquals(7, ode.jacobian().pattern().nonZeros());
        assertThrows(IllegalArgumentException.class, () -> CompiledOde.of(f.subList(0, 2), y));
    }

    @Test
    void definitionsAreComputedOnceAndNotFlattened() {
        List<Sym> in = Sym.list("x", "y", "z");
        Sym t = Sym.of("t_shared");
        Map<Sym, Expr> defs = new LinkedHashMap<>();
        defs.put(t, ExprParser.parse("x*y"));
        List<Expr> outs = List.of(t.times(in.get(2)), t.times(in.get(0)), t.plus(Num.of(1)));
        CompiledFunction f = ExprCompiler.compile(outs, in, defs, CompileOptions.defaults());
        assertEquals(4, f.operationCount()); // x*y once, two products, one sum
        assertArrayEquals(new double[] {24, 12, 7}, f.apply(2, 3, 4));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        ExprCompiler.compile(
                                outs, in, Map.of(in.get(0), Num.ONE), CompileOptions.defaults()));
    }

    @Test
    void sharedExtractionCompilesToTheOriginalValues() {
        List<Sym> in = Sym.list("a", "b", "c", "d");
        List<Expr> outs =
                List.of(
                        ExprParser.parse("a*b*c + a*b*d"),
                        ExprParser.parse("a*b*c*d"),
                        ExprParser.parse("a*c + b*c"));
        EGraph<Num> g = EGraph.withConstantFolding();
        List<Integer> roots = new ArrayList<>();
        for (Expr e : outs) {
            roots.add(g.addExpr(e));
        }
        new SaturationRunner(SaturationLimits.defaults().withMaxIterations(6))
                .run(g, ArithmeticRewrites.basic());
        SharedExtraction ex = new DagExtractor(g, CpuCost.standard()).extractShared(roots);
        CompiledFunction f =
                ExprCompiler.compile(ex.exprs(), in, ex.definitions(), CompileOptions.defaults());
        CompiledFunction plain = ExprCompiler.compile(outs, in);
        assertArrayEquals(plain.apply(1.5, -2, 3, 0.25), f.apply(1.5, -2, 3, 0.25), 1e-12);
        for (int i = 0; i < outs.size(); i++) {
            double want =
                    outs.get(i)
                            .eval(
                                    Map.of(
                                            in.get(0), 1.5, in.get(1), -2.0, in.get(2), 3.0,
                                            in.get(3), 0.25));
            double got =
                    ex.inlined()
                            .get(i)
                            .eval(
                                    Map.of(
                                            in.get(0), 1.5, in.get(1), -2.0, in.get(2), 3.0,
                                            in.get(3), 0.25));
            assertEquals(want, got, 1e-12);
        }
    }
}
