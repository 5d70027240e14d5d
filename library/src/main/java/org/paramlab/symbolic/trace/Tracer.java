package org.paramlab.symbolic.trace;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns generic numeric code into expressions by running it on {@link TracedReal}s, and runs the
 * same code on doubles.
 *
 * <pre>{@code
 * TracedFunction f = Tracer.trace(Brusselator2d::rhs, 2 * n * n, 2 * n * n);
 * SparseJacobian j = f.sparseJacobian();       // the stencil's pattern
 * CompiledFunction rhs = f.compile();          // ≈ hand-written speed
 * double[] dy = Tracer.run(Brusselator2d::rhs, y, y.length);   // the same code on doubles
 * }</pre>
 */
public final class Tracer {
    private Tracer() {}

    /** Traces {@code f} on inputs named {@code x0 … x(n−1)}. */
    public static TracedFunction trace(RealFunction f, int inputs, int outputs) {
        return trace(f, Sym.range("x", inputs), outputs);
    }

    /**
     * Traces {@code f} with the given input symbols.
     *
     * @throws IllegalArgumentException if {@code f} leaves an output unassigned
     */
    public static TracedFunction trace(RealFunction f, List<Sym> inputs, int outputs) {
        TracedReal[] x = new TracedReal[inputs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = TracedReal.of(inputs.get(i));
        }
        TracedReal[] y = new TracedReal[outputs];
        f.apply(x, y);
        List<Expr> out = new ArrayList<>(outputs);
        for (int j = 0; j < outputs; j++) {
            if (y[j] == null) {
                throw new IllegalArgumentException(
                        "The traced code did not assign output " + j + " of " + outputs);
            }
            out.add(y[j].expr());
        }
        return new TracedFunction(inputs, out);
    }

    /**
     * Runs {@code f} on doubles.
     *
     * @throws IllegalArgumentException if {@code f} leaves an output unassigned
     */
    public static double[] run(RealFunction f, double[] x, int outputs) {
        DoubleReal[] y = new DoubleReal[outputs];
        f.apply(DoubleReal.wrap(x), y);
        return DoubleReal.values(y);
    }
}
