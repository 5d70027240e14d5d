/**
 * The experiments of paper 14 (Gowda, Ma, Cheli, Gwóźdź, Shah, Edelman and Rackauckas,
 * "High-performance symbolic-numerics via multiple dispatch", ACM Commun. Comput. Algebra 55(3),
 * 2021, arXiv:2105.03949), as run by {@code notebooks/symbolic/symbolics.ipynb}: {@link
 * org.paramlab.symbolic.experiment.RepresentationStudy} (one generic algorithm on naive trees and
 * on canonical Add/Mul terms, through {@link org.paramlab.symbolic.experiment.TermRepresentation}),
 * {@link org.paramlab.symbolic.experiment.EGraphStudy} (equality saturation on a {@link
 * org.paramlab.symbolic.experiment.MassActionNetwork}) and {@link
 * org.paramlab.symbolic.experiment.TracedPdeStudy} (a traced {@link
 * org.paramlab.symbolic.experiment.Brusselator2d} with a generated sparse Jacobian). Timings are
 * medians of repeated runs ({@link org.paramlab.symbolic.experiment.MedianTiming}); SymPy's
 * reference values come from {@code bench/symbolics/make_sympy_reference.py}.
 */
package org.paramlab.symbolic.experiment;
