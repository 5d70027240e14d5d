package org.paramlab.symbolic.experiment;

import org.paramlab.symbolic.CpuCostTable;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.codegen.CompileOptions;
import org.paramlab.symbolic.codegen.CompiledFunction;
import org.paramlab.symbolic.codegen.ExprCompiler;
import org.paramlab.symbolic.diff.Derivatives;
import org.paramlab.symbolic.egraph.ArithmeticRewrites;
import org.paramlab.symbolic.egraph.CpuCost;
import org.paramlab.symbolic.egraph.DagExtractor;
import org.paramlab.symbolic.egraph.EGraph;
import org.paramlab.symbolic.egraph.SaturationResult;
import org.paramlab.symbolic.egraph.SaturationRunner;
import org.paramlab.symbolic.egraph.SharedExtraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Paper 14's second experiment: equality saturation ({@link ArithmeticRewrites#basic()}, DAG
 * extraction by the measured CPU cost model) on what a stiff simulation of a mass-action network
 * evaluates every step, the right-hand side and its Jacobian's non-zeros; the original and the
 * extracted expressions are both compiled ({@link ExprCompiler}, the extraction with its sharing
 * kept) and timed over a batch of points.
 *
 * <p>Three operation counts are reported: each expression as its own tree (no sharing, as code
 * generated without common-subexpression elimination), the canonical DAG that ParamLab's compiler
 * emits (shared subterms once), and the e-graph's extraction.
 */
public final class EGraphStudy {
    private EGraphStudy() {}

    /** Runs the study on {@code network} with {@code config}. */
    public static EGraphStudyResult run(MassActionNetwork network, EGraphStudyConfig config) {
        List<Expr> rhs = network.rhs();
        List<Expr> targets = new ArrayList<>(rhs);
        targets.addAll(Derivatives.sparseJacobian(rhs, network.speciesSymbols()).values());
        List<Sym> inputs = new ArrayList<>(network.speciesSymbols());
        inputs.addAll(network.rateSymbols());

        int treeOps = 0;
        for (Expr e : targets) {
            treeOps += ExprCompiler.compile(e, inputs).operationCount();
        }
        CompiledFunction dag = ExprCompiler.compile(targets, inputs);

        long t0 = System.nanoTime();
        EGraph<Num> g = EGraph.withConstantFolding();
        List<Integer> roots = new ArrayList<>();
        for (Expr e : targets) {
            roots.add(g.addExpr(e));
        }
        SaturationResult sat =
                new SaturationRunner(config.limits()).run(g, ArithmeticRewrites.basic());
        SharedExtraction ext = new DagExtractor(g, CpuCost.standard()).extractShared(roots);
        double saturationMillis = (System.nanoTime() - t0) / 1e6;
        CompiledFunction opt =
                ExprCompiler.compile(
                        ext.exprs(), inputs, ext.definitions(), CompileOptions.defaults());

        double[][] columns = new double[inputs.size()][config.points()];
        Random rng = new Random(config.seed());
        for (double[] c : columns) {
            for (int p = 0; p < c.length; p++) {
                c[p] = 0.1 + 0.9 * rng.nextDouble();
            }
        }
        double[][] a = new double[targets.size()][config.points()];
        double[][] b = new double[targets.size()][config.points()];
        double maxRel = 0;
        dag.applyBatch(columns, a);
        opt.applyBatch(columns, b);
        for (int j = 0; j < a.length; j++) {
            for (int p = 0; p < a[j].length; p++) {
                double d = Math.abs(a[j][p] - b[j][p]);
                maxRel = Math.max(maxRel, d == 0 ? 0 : d / Math.max(Math.abs(a[j][p]), 1e-300));
            }
        }
        double dagMs = 0;
        double optMs = 0;
        for (int round = 0; round < 2; round++) { // alternate, so both see the same machine load
            dagMs =
                    MedianTiming.of(
                                    () -> {
                                        dag.applyBatch(columns, a);
                                        return a;
                                    },
                                    config.repeats())
                            .medianMillis();
            optMs =
                    MedianTiming.of(
                                    () -> {
                                        opt.applyBatch(columns, b);
                                        return b;
                                    },
                                    config.repeats())
                            .medianMillis();
        }
        CpuCostTable table = CpuCostTable.standard();
        return new EGraphStudyResult(
                targets.size(),
                treeOps,
                dag.operationCount(),
                opt.operationCount(),
                table.dagCost(targets),
                ext.cost(),
                sat.stopReason().name(),
                g.nodeCount(),
                saturationMillis,
                dagMs,
                optMs,
                maxRel);
    }

    /** {@link #run(MassActionNetwork, EGraphStudyConfig)} on the reference network. */
    public static EGraphStudyResult run(EGraphStudyConfig config) {
        return run(MassActionNetwork.reference(), config);
    }
}
