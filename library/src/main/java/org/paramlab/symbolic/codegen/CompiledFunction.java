package org.paramlab.symbolic.codegen;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;

import java.util.Arrays;
import java.util.List;

/**
 * Expressions compiled to JVM bytecode by {@link ExprCompiler}: a function from the values of its
 * {@link #inputs()} (in that order) to the values of its {@link #outputs()}.
 *
 * <p>Three ways to call it: {@link #apply(double...)} allocates the result; {@link #apply(double[],
 * double[])} writes into an array of {@link #outputCount()} (thread-safe, no allocation after the
 * first call on a thread); {@link #applyBatch(double[][], double[][])} evaluates many points given
 * as columns (input k of point p is {@code columns[k][p]}), in one generated loop when the program
 * fits one method. {@link #javaSource()} shows the generated code as Java.
 */
public final class CompiledFunction {
    private final List<Expr> outputs;
    private final List<Sym> inputs;
    private final Program program;
    private final Layout layout;
    private final Kernel kernel;
    private final int[] methodSizes;
    private final int batchMethodSize;
    private final ThreadLocal<double[]> scratch;
    private String source;

    CompiledFunction(
            List<? extends Expr> outputs,
            List<Sym> inputs,
            Program program,
            Layout layout,
            Kernel kernel,
            BytecodeEmitter.Output classFile) {
        this.outputs = List.copyOf(outputs);
        this.inputs = List.copyOf(inputs);
        this.program = program;
        this.layout = layout;
        this.kernel = kernel;
        this.methodSizes = classFile.partSizes();
        this.batchMethodSize = classFile.batchSize();
        int n = layout.scratchSize;
        this.scratch = ThreadLocal.withInitial(() -> new double[n]);
    }

    /** The input symbols, in the order of the input array. */
    public List<Sym> inputs() {
        return inputs;
    }

    /** The compiled expressions, in the order of the output array. */
    public List<Expr> outputs() {
        return outputs;
    }

    /** The number of outputs. */
    public int outputCount() {
        return outputs.size();
    }

    /** The number of double operations per evaluation, after sharing common subexpressions. */
    public int operationCount() {
        return program.operationCount();
    }

    /** The number of generated methods the program was split into. */
    public int methodCount() {
        return methodSizes.length;
    }

    /** The bytecode length of each generated method, in bytes. */
    public int[] methodSizes() {
        return methodSizes.clone();
    }

    /** The length of the generated batch loop in bytes, or 0 when batches loop over calls. */
    public int batchMethodSize() {
        return batchMethodSize;
    }

    /** The number of values passed between methods through the scratch array. */
    public int scratchSize() {
        return layout.scratchSize;
    }

    /**
     * The outputs at one point.
     *
     * @throws IllegalArgumentException if the number of values differs from the inputs
     */
    public double[] apply(double... in) {
        double[] out = new double[outputs.size()];
        apply(in, out);
        return out;
    }

    /**
     * Writes the outputs at the point {@code in} into {@code out}.
     *
     * @throws IllegalArgumentException if {@code in} or {@code out} has the wrong length
     */
    public void apply(double[] in, double[] out) {
        checkLengths(in.length, out.length);
        kernel.apply(in, out, scratch.get());
    }

    /**
     * The value of the only output.
     *
     * @throws IllegalStateException if there is not exactly one output
     */
    public double value(double... in) {
        if (outputs.size() != 1) {
            throw new IllegalStateException(
                    "value() needs exactly one output, this function has "
                            + outputs.size()
                            + "; use apply()");
        }
        return apply(in)[0];
    }

    /**
     * The outputs at many points: {@code columns[k][p]} is input k at point p; the result's {@code
     * [j][p]} is output j at point p.
     *
     * @throws IllegalArgumentException if there is not one column per input, or columns differ in
     *     length
     */
    public double[][] applyBatch(double[][] columns) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        double[][] out = new double[outputs.size()][n];
        applyBatch(columns, out);
        return out;
    }

    /**
     * Writes the outputs at many points into {@code results[j][p]} (see {@link
     * #applyBatch(double[][])}).
     *
     * @throws IllegalArgumentException if the shapes disagree
     */
    public void applyBatch(double[][] columns, double[][] results) {
        checkLengths(columns.length, results.length);
        int n =
                inputs.isEmpty()
                        ? (results.length == 0 ? 0 : results[0].length)
                        : columns[0].length;
        for (double[] c : columns) {
            if (c.length != n) {
                throw new IllegalArgumentException(
                        "Every input column needs " + n + " points, found " + c.length);
            }
        }
        for (double[] r : results) {
            if (r.length != n) {
                throw new IllegalArgumentException(
                        "Every result column needs " + n + " points, found " + r.length);
            }
        }
        if (batchMethodSize > 0) {
            kernel.batch(columns, results, 0, n);
            return;
        }
        double[] x = new double[inputs.size()];
        double[] y = new double[outputs.size()];
        double[] s = new double[layout.scratchSize];
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < x.length; k++) {
                x[k] = columns[k][p];
            }
            kernel.apply(x, y, s);
            for (int j = 0; j < y.length; j++) {
                results[j][p] = y[j];
            }
        }
    }

    /**
     * Java source equivalent to the generated bytecode: the same methods, locals and order of
     * operations, as a class {@code CompiledExpr} with a static {@code apply(in, out, s, fns)}
     * ({@code s}: the scratch array, {@code fns}: the user functions' implementations).
     */
    public String javaSource() {
        if (source == null) {
            source = JavaSourceEmitter.emit(layout, "CompiledExpr");
        }
        return source;
    }

    private void checkLengths(int in, int out) {
        if (in != inputs.size()) {
            throw new IllegalArgumentException(
                    "Expected " + inputs.size() + " input values " + inputs + ", found " + in);
        }
        if (out != outputs.size()) {
            throw new IllegalArgumentException(
                    "Expected room for " + outputs.size() + " outputs, found " + out);
        }
    }

    /** A summary: inputs, outputs, operations and methods. */
    @Override
    public String toString() {
        return "CompiledFunction["
                + inputs.size()
                + " inputs → "
                + outputs.size()
                + " outputs, "
                + operationCount()
                + " operations, "
                + methodCount()
                + " method(s), largest "
                + Arrays.stream(methodSizes).max().orElse(0)
                + " bytes]";
    }
}
