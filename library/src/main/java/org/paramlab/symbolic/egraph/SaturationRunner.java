package org.paramlab.symbolic.egraph;

import org.paramlab.train.Interrupts;

import java.util.ArrayList;
import java.util.List;

/**
 * Equality saturation: repeatedly searches every rewrite on a clean e-graph, applies all matches
 * (that pass their conditions and are not banned by the scheduler), and rebuilds, until nothing
 * changes or a {@link SaturationLimits} limit is hit; the e-graph itself never decides when to stop
 * (egg's {@code Runner}). Node and time limits are also checked while applying, so one explosive
 * iteration cannot run far past them. Checks for the user's interrupt each iteration.
 *
 * <pre>{@code
 * EGraph<Num> g = EGraph.withConstantFolding();
 * int root = g.addExpr(ExprParser.parse("a*b + a*c"));
 * SaturationResult r = new SaturationRunner(SaturationLimits.defaults())
 *         .run(g, ArithmeticRewrites.basic());
 * r.stopReason();                                          // SATURATED, or a limit
 * new DagExtractor(g, CpuCost.standard()).extract(root).expr();   // a*(b + c)
 * }</pre>
 */
public final class SaturationRunner {
    private final SaturationLimits limits;

    /** A runner with the given limits. */
    public SaturationRunner(SaturationLimits limits) {
        this.limits = limits;
    }

    /** Saturates {@code g} with {@code rewrites}; {@code g} is clean afterwards. */
    public SaturationResult run(EGraph<?> g, List<ERewrite> rewrites) {
        long start = System.nanoTime();
        long deadline = start + limits.timeoutMillis() * 1_000_000L;
        g.rebuild();
        int[] bannedUntil = new int[rewrites.size()];
        int[] timesBanned = new int[rewrites.size()];
        List<SaturationResult.Iteration> its = new ArrayList<>();
        SaturationResult.StopReason stop = null;
        for (int it = 0; stop == null; it++) {
            if (it >= limits.maxIterations()) {
                stop = SaturationResult.StopReason.ITERATION_LIMIT;
                break;
            }
            Interrupts.check();
            long t0 = System.nanoTime();
            List<List<EMatch>> found = new ArrayList<>(rewrites.size());
            boolean anyBanned = false;
            for (int r = 0; r < rewrites.size(); r++) {
                if (bannedUntil[r] > it) {
                    found.add(List.of());
                    anyBanned = true;
                    continue;
                }
                List<EMatch> ms = rewrites.get(r).searcher().search(g);
                long total = 0;
                for (EMatch m : ms) {
                    total += m.substs().size();
                }
                long threshold =
                        limits.banLength() == 0
                                ? Long.MAX_VALUE
                                : (long) limits.matchLimit() << Math.min(timesBanned[r], 30);
                if (total > threshold) {
                    bannedUntil[r] = it + (limits.banLength() << Math.min(timesBanned[r], 20));
                    timesBanned[r]++;
                    found.add(List.of());
                    anyBanned = true;
                } else {
                    found.add(ms);
                }
                if (System.nanoTime() - deadline > 0) {
                    stop = SaturationResult.StopReason.TIME_LIMIT;
                    break;
                }
            }
            long t1 = System.nanoTime();
            int applied = 0;
            int nodesBefore = g.nodeCount();
            apply:
            for (int r = 0; r < found.size() && stop == null; r++) {
                ERewrite rw = rewrites.get(r);
                for (EMatch m : found.get(r)) {
                    for (ESubst s : m.substs()) {
                        if (!rw.allows(g, m.eclass(), s)) {
                            continue;
                        }
                        int id = rw.applier().apply(g, m.eclass(), s);
                        if (id >= 0 && g.union(m.eclass(), id)) {
                            applied++;
                        }
                        if (g.nodeCount() > limits.maxNodes()) {
                            stop = SaturationResult.StopReason.NODE_LIMIT;
                            break apply;
                        }
                    }
                    if (System.nanoTime() - deadline > 0) {
                        stop = SaturationResult.StopReason.TIME_LIMIT;
                        break apply;
                    }
                }
            }
            long t2 = System.nanoTime();
            g.rebuild();
            long t3 = System.nanoTime();
            its.add(
                    new SaturationResult.Iteration(
                            it,
                            applied,
                            g.nodeCount(),
                            g.classCount(),
                            (t1 - t0) / 1_000_000,
                            (t2 - t1) / 1_000_000,
                            (t3 - t2) / 1_000_000));
            if (stop != null) {
                break;
            }
            if (g.nodeCount() > limits.maxNodes()) {
                stop = SaturationResult.StopReason.NODE_LIMIT;
            } else if (System.nanoTime() - deadline > 0) {
                stop = SaturationResult.StopReason.TIME_LIMIT;
            } else if (applied == 0 && g.nodeCount() == nodesBefore && !anyBanned) {
                stop = SaturationResult.StopReason.SATURATED;
            }
        }
        return new SaturationResult(
                stop, its, g.nodeCount(), g.classCount(), (System.nanoTime() - start) / 1_000_000);
    }
}
