package org.paramlab.symbolic.codegen;

import org.objectweb.asm.MethodTooLargeException;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Sym;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;

/**
 * Compiles expressions to JVM bytecode, or maps them to DJL NDArray operations.
 *
 * <p>The outputs are lowered together to one straight-line program over their DAG (post-order,
 * {@link org.paramlab.symbolic.ExprWalk}), so a subterm shared by several outputs is computed once;
 * the program is split into methods of at most {@link CompileOptions#maxMethodBytes()} bytes that
 * HotSpot can JIT-compile, with values crossing methods passed through a scratch array, and loaded
 * with {@link MethodHandles.Lookup#defineHiddenClass} (unloaded when the {@link CompiledFunction}
 * is no longer reachable). The generated arithmetic is the arithmetic of {@link Expr#eval}, in the
 * same order, so both give the same doubles. This is the "build_function" of Symbolics.jl (Gowda et
 * al., ACM Commun. Comput. Algebra 55(3), 2021, arXiv:2105.03949), with ASM (Bruneton, Lenglet and
 * Coupaye, "ASM: a code manipulation tool", 2002) instead of Julia's compiler.
 *
 * <pre>{@code
 * List<Sym> xy = Sym.list("x", "y");
 * CompiledFunction f = ExprCompiler.compile(List.of(ExprParser.parse("sin(x*y) + x*y")), xy);
 * f.apply(1.0, 2.0);     // [2.909...]
 * f.javaSource();        // the same code as Java text
 * }</pre>
 */
public final class ExprCompiler {
    private static final int HUGE_METHOD_LIMIT = 8_000;

    private ExprCompiler() {}

    /**
     * Compiles {@code outputs} as functions of {@code inputs} with the default options.
     *
     * @throws IllegalArgumentException if an output has a symbol that is not an input, an input is
     *     listed twice, or a user function has no numeric implementation
     */
    public static CompiledFunction compile(List<? extends Expr> outputs, List<Sym> inputs) {
        return compile(outputs, inputs, CompileOptions.defaults());
    }

    /** {@link #compile(List, List)} of one expression. */
    public static CompiledFunction compile(Expr output, List<Sym> inputs) {
        return compile(List.of(output), inputs);
    }

    /**
     * Compiles {@code outputs} as functions of {@code inputs}.
     *
     * @throws IllegalArgumentException as {@link #compile(List, List)}, or if the program does not
     *     fit the JVM's class-file limits (65,535 constants)
     */
    public static CompiledFunction compile(
            List<? extends Expr> outputs, List<Sym> inputs, CompileOptions options) {
        return compile(outputs, inputs, Map.of(), options);
    }

    /**
     * Compiles {@code outputs}, where each symbol of {@code definitions} stands for its term: the
     * definitions (in order, each over the inputs and earlier definitions) are computed once and
     * not merged into the canonical sums and products around them. This keeps the sharing of an
     * e-graph extraction ({@link org.paramlab.symbolic.egraph.SharedExtraction}).
     *
     * @throws IllegalArgumentException as {@link #compile(List, List)}, or if a definition names an
     *     input or uses a later one
     */
    public static CompiledFunction compile(
            List<? extends Expr> outputs,
            List<Sym> inputs,
            Map<Sym, Expr> definitions,
            CompileOptions options) {
        Program program = ProgramBuilder.build(outputs, inputs, definitions);
        int budget = options.maxMethodBytes();
        while (true) {
            Layout layout = new Layout(program, budget);
            BytecodeEmitter.Output out;
            try {
                out = BytecodeEmitter.emit(layout);
            } catch (MethodTooLargeException e) {
                out = null;
            } catch (org.objectweb.asm.ClassTooLargeException e) {
                throw new IllegalArgumentException(
                        "The compiled class exceeds the JVM's limits ("
                                + e.getMessage()
                                + "); compile the outputs in several groups",
                        e);
            }
            if (out != null
                    && maxOf(out.partSizes()) < HUGE_METHOD_LIMIT
                    && out.batchSize() < HUGE_METHOD_LIMIT) {
                return new CompiledFunction(
                        outputs, inputs, program, layout, load(out.classFile(), program), out);
            }
            if (budget <= 256) {
                throw new IllegalStateException(
                        "Could not split the program into methods under "
                                + HUGE_METHOD_LIMIT
                                + " bytes; a single operation may have too many arguments");
            }
            budget = Math.max(256, budget / 2);
        }
    }

    /**
     * The outputs as DJL NDArray operations (see {@link NdArrayFunction}).
     *
     * @throws IllegalArgumentException as {@link #compile(List, List)}
     */
    public static NdArrayFunction toNdArrays(List<? extends Expr> outputs, List<Sym> inputs) {
        return new NdArrayFunction(outputs, inputs, ProgramBuilder.build(outputs, inputs));
    }

    /**
     * The Java source equivalent to {@link #compile(List, List)}'s bytecode, for readers: a class
     * {@code CompiledExpr} with a static {@code apply(in, out, s, fns)}.
     */
    public static String javaSource(List<? extends Expr> outputs, List<Sym> inputs) {
        Program program = ProgramBuilder.build(outputs, inputs);
        return JavaSourceEmitter.emit(
                new Layout(program, CompileOptions.defaults().maxMethodBytes()), "CompiledExpr");
    }

    private static int maxOf(int[] a) {
        int m = 0;
        for (int x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static Kernel load(byte[] classFile, Program program) {
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(classFile, true);
            Class<?> c = hidden.lookupClass();
            Op.Numeric[] fns = new Op.Numeric[program.fns.size()];
            for (int i = 0; i < fns.length; i++) {
                Op op = program.fns.get(i);
                fns[i] = op::apply;
            }
            return (Kernel)
                    hidden.findConstructor(c, MethodType.methodType(void.class, Op.Numeric[].class))
                            .invoke(fns);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Could not load the generated class", e);
        }
    }
}
