/**
 * Compiling expressions. {@link org.paramlab.symbolic.codegen.ExprCompiler#compile} turns a vector
 * of expressions into JVM bytecode (ASM, loaded as a hidden class), sharing common subexpressions
 * across the vector and splitting the straight-line code into methods small enough for HotSpot to
 * JIT-compile; the result, a {@link org.paramlab.symbolic.codegen.CompiledFunction}, evaluates one
 * point, or many points given as columns in one generated loop, and shows the equivalent Java
 * source. {@link org.paramlab.symbolic.codegen.ExprCompiler#toNdArrays} maps the same program to
 * DJL NDArray operations ({@link org.paramlab.symbolic.codegen.NdArrayFunction}), which run on the
 * arrays' device. Compiled values equal {@code Expr.eval} bit for bit: the generated arithmetic is
 * the interpreter's, in the same order. {@link org.paramlab.symbolic.codegen.CompiledOde} compiles
 * an ODE's right-hand side and sparse Jacobian for {@code org.paramlab.dynamics.ode}.
 *
 * <pre>{@code
 * List<Sym> xy = Sym.list("x", "y");
 * Expr f = ExprParser.parse("sin(x*y) + x*y"), g = ExprParser.parse("x*y*exp(x)");
 * CompiledFunction c = ExprCompiler.compile(List.of(f, g), xy);  // x*y computed once
 * c.apply(1.0, 2.0);                                           // {f(1, 2), g(1, 2)}
 * c.applyBatch(new double[][] {xs, ys});                       // columns of points
 * System.out.println(c.javaSource());
 * }</pre>
 */
package org.paramlab.symbolic.codegen;
