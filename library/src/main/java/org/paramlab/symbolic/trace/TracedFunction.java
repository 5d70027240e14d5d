package org.paramlab.symbolic.trace;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprMatrix;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.codegen.CompiledFunction;
import org.paramlab.symbolic.codegen.ExprCompiler;
import org.paramlab.symbolic.diff.Derivatives;
import org.paramlab.symbolic.diff.SparseJacobian;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbolic form of traced code (see {@link Tracer}): output j is {@code outputs.get(j)} as a
 * function of the {@code inputs}. Differentiate it ({@link #jacobian()}, {@link
 * #sparseJacobian()}), compile it ({@link #compile()}) or evaluate it ({@link #eval(double[])}).
 *
 * @param inputs the input symbols, in the order of the input array
 * @param outputs the output expressions, in the order of the output array
 */
public record TracedFunction(List<Sym> inputs, List<Expr> outputs) {
    /** Copies the lists. */
    public TracedFunction {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The number of distinct nodes in the outputs' shared DAG. */
    public int dagSize() {
        return ExprWalk.postOrder(outputs).size();
    }

    /** The dense Jacobian ∂yⱼ/∂xₖ. */
    public ExprMatrix jacobian() {
        return Derivatives.jacobian(outputs, inputs);
    }

    /** The Jacobian with only its structural non-zeros, for stencil codes. */
    public SparseJacobian sparseJacobian() {
        return Derivatives.sparseJacobian(outputs, inputs);
    }

    /** The outputs compiled to bytecode. */
    public CompiledFunction compile() {
        return ExprCompiler.compile(outputs, inputs);
    }

    /**
     * The outputs at {@code x} by interpreting the expressions ({@code Expr.eval}).
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public double[] eval(double[] x) {
        if (x.length != inputs.size()) {
            throw new IllegalArgumentException(
                    "Expected " + inputs.size() + " input values, found " + x.length);
        }
        Map<Sym, Double> at = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            at.put(inputs.get(i), x[i]);
        }
        double[] out = new double[outputs.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = outputs.get(j).eval(at);
        }
        return out;
    }
}
