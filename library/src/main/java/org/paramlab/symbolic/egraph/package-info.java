/**
 * E-graphs and equality saturation, following egg (Willsey, Nandi, Wang, Flatt, Tatlock and
 * Panchekha, "egg: Fast and Extensible Equality Saturation", POPL 2021, arXiv:2004.03082): an
 * {@link org.paramlab.symbolic.egraph.EGraph} with union-find, hashcons and deferred rebuilding;
 * per-class facts by an {@link org.paramlab.symbolic.egraph.EClassAnalysis} ({@link
 * org.paramlab.symbolic.egraph.ConstantFolding}); rewrites as {@link
 * org.paramlab.symbolic.egraph.ESearcher} and {@link org.paramlab.symbolic.egraph.EApplier} with
 * {@link org.paramlab.symbolic.egraph.ECondition}s ({@link org.paramlab.symbolic.egraph.ERewrite},
 * patterns {@link org.paramlab.symbolic.egraph.EPattern} in infix syntax); a separate {@link
 * org.paramlab.symbolic.egraph.SaturationRunner} with {@link
 * org.paramlab.symbolic.egraph.SaturationLimits} reporting a stop reason; and extraction by an
 * {@link org.paramlab.symbolic.egraph.ENodeCost}, per tree ({@link
 * org.paramlab.symbolic.egraph.TreeExtractor}) or per DAG ({@link
 * org.paramlab.symbolic.egraph.DagExtractor}), with the measured CPU cost model {@link
 * org.paramlab.symbolic.egraph.CpuCost}.
 *
 * <pre>{@code
 * EGraph<Num> g = EGraph.withConstantFolding();
 * int root = g.addExpr(ExprParser.parse("x*y + x*z + 2*3"));
 * SaturationResult r = new SaturationRunner(SaturationLimits.defaults())
 *         .run(g, ArithmeticRewrites.basic());
 * ExtractionResult best = new DagExtractor(g, CpuCost.standard()).extract(root);
 * best.expr();   // x*(y + z) + 6
 * }</pre>
 */
package org.paramlab.symbolic.egraph;
