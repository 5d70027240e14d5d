package org.paramlab.symbolic.experiment;

import org.paramlab.dynamics.ode.JacobianSolver;
import org.paramlab.dynamics.ode.OdeSolution;
import org.paramlab.dynamics.ode.OdeSystem;
import org.paramlab.dynamics.ode.RosenbrockConfig;
import org.paramlab.dynamics.ode.RosenbrockSolver;
import org.paramlab.symbolic.codegen.CompiledOde;
import org.paramlab.symbolic.trace.TracedFunction;
import org.paramlab.symbolic.trace.Tracer;

/**
 * Paper 14's third experiment: the hand-written-style right-hand side of the 2-D Brusselator
 * ({@link Brusselator2d}) is traced into expressions, its sparse Jacobian generated, both compiled
 * ({@link CompiledOde}); then (1) one right-hand side is timed interpreted, compiled and
 * hand-written on the timing grid, and (2) the PDE is integrated with RODAS3 on the solver grid
 * twice: with the compiled right-hand side and the generated sparse Jacobian (band LU), and with
 * the hand-written right-hand side and a dense finite-difference Jacobian, which is what one writes
 * without symbolic tools. Times are medians of repeated runs on a shared machine.
 */
public final class TracedPdeStudy {
    private TracedPdeStudy() {}

    /** Runs both parts. */
    public static TracedPdeResult run(TracedPdeConfig c) {
        Brusselator2d model = new Brusselator2d(c.grid(), c.alpha());
        int dim = model.dimension();
        long t0 = System.nanoTime();
        TracedFunction f = Tracer.trace(model::rhs, dim, dim);
        long t1 = System.nanoTime();
        CompiledOde ode = CompiledOde.of(f.outputs(), f.inputs());
        long t2 = System.nanoTime();
        double[] y = model.initialState();
        double[] dyCompiled = new double[dim];
        double[] dyHand = new double[dim];
        double interpreted =
                MedianTiming.perCall(
                                () -> f.eval(y),
                                Math.max(2, 20_000 / dim),
                                Math.max(3, c.repeats() / 2))
                        .medianMillis();
        int inner = Math.max(10, 2_000_000 / dim);
        // both to tier 4 before timing: each generated method runs once per call
        MedianTiming.warmUp(() -> ode.rhs().apply(y, dyCompiled), 30_000, 20_000);
        MedianTiming.warmUp(() -> model.rhsByHand(y, dyHand), 30_000, 20_000);
        double compiled =
                MedianTiming.perCall(() -> ode.rhs().apply(y, dyCompiled), inner, c.repeats())
                        .medianMillis();
        double hand =
                MedianTiming.perCall(() -> model.rhsByHand(y, dyHand), inner, c.repeats())
                        .medianMillis();
        double maxRel = 0;
        for (int i = 0; i < dim; i++) {
            double d = Math.abs(dyCompiled[i] - dyHand[i]);
            maxRel = Math.max(maxRel, d == 0 ? 0 : d / Math.max(Math.abs(dyHand[i]), 1e-300));
        }

        Brusselator2d small = new Brusselator2d(c.solveGrid(), c.alpha());
        TracedFunction fs = Tracer.trace(small::rhs, small.dimension(), small.dimension());
        CompiledOde odeSmall = CompiledOde.of(fs.outputs(), fs.inputs());
        RosenbrockSolver solver =
                new RosenbrockSolver(
                        RosenbrockConfig.defaults()
                                .withTolerances(c.relTol(), c.relTol() / 100)
                                .withRecordSteps(true));
        double[] y0 = small.initialState();
        int solveRepeats = Math.min(3, c.repeats());
        MedianTiming<OdeSolution> sparse =
                MedianTiming.of(
                        () ->
                                solver.solve(
                                        odeSmall.system(),
                                        odeSmall.sparseJacobian(),
                                        0,
                                        y0,
                                        c.endTime()),
                        solveRepeats);
        OdeSystem byHand = OdeSystem.of(small.dimension(), (t, yy, dy) -> small.rhsByHand(yy, dy));
        MedianTiming<OdeSolution> dense =
                MedianTiming.of(
                        () ->
                                solver.solve(
                                        byHand,
                                        JacobianSolver.finiteDifference(byHand),
                                        0,
                                        y0,
                                        c.endTime()),
                        solveRepeats);
        double[] a = sparse.result().finalState();
        double[] b = dense.result().finalState();
        double gap = 0;
        for (int i = 0; i < a.length; i++) {
            gap = Math.max(gap, Math.abs(a[i] - b[i]));
        }
        return new TracedPdeResult(
                dim,
                f.dagSize(),
                ode.jacobian().pattern().nonZeros(),
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6,
                interpreted * 1e3,
                compiled * 1e3,
                hand * 1e3,
                maxRel,
                small.dimension(),
                sparse.medianMillis(),
                dense.medianMillis(),
                sparse.result(),
                dense.result(),
                gap);
    }
}
