/**
 * Tracing: turning ordinary numeric Java code into symbolic expressions. Code written once against
 * the small interface {@link org.paramlab.symbolic.trace.Real} runs on doubles ({@link
 * org.paramlab.symbolic.trace.DoubleReal}) or on traced numbers ({@link
 * org.paramlab.symbolic.trace.TracedReal}), which record the expression DAG it computes; {@link
 * org.paramlab.symbolic.trace.Tracer#trace} returns it as a {@link
 * org.paramlab.symbolic.trace.TracedFunction}, ready to differentiate (sparse Jacobians of stencil
 * codes) and compile. Start with {@link org.paramlab.symbolic.trace.Tracer}. After Symbolics.jl's
 * tracing of generic Julia code (Gowda et al., ACM Commun. Comput. Algebra 55(3), 2021,
 * arXiv:2105.03949).
 */
package org.paramlab.symbolic.trace;
