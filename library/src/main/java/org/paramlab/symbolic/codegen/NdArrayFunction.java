package org.paramlab.symbolic.codegen;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;

import java.util.List;

/**
 * Expressions mapped to DJL NDArray operations by {@link ExprCompiler#toNdArrays}: each instruction
 * of the shared, common-subexpression-eliminated program becomes one elementwise NDArray operation,
 * so the function runs on whatever device its input arrays are on (CPU or GPU) and broadcasts like
 * any NDArray expression. Inputs may have any shapes that broadcast together; each output has the
 * broadcast shape.
 *
 * <p>Temporaries live in a sub-manager of the first input's manager and are closed before {@link
 * #apply} returns; the outputs are attached to the first input's manager. The arithmetic is the
 * arithmetic of {@link Expr#eval} in the input's data type (use float64 arrays to match it to
 * round-off). User functions ({@code Op.define}) have no NDArray form: their arguments are copied
 * to the host, evaluated point by point and copied back, which works on every device but is slow.
 *
 * <pre>{@code
 * NdArrayFunction f = ExprCompiler.toNdArrays(List.of(ExprParser.parse("x^2 + sin(y)")), xy);
 * NDList out = f.apply(new NDList(x, y));   // x, y: float64 arrays on any device
 * }</pre>
 */
public final class NdArrayFunction {
    private final List<Expr> outputs;
    private final List<Sym> inputs;
    private final Program p;

    NdArrayFunction(List<? extends Expr> outputs, List<Sym> inputs, Program program) {
        this.outputs = List.copyOf(outputs);
        this.inputs = List.copyOf(inputs);
        this.p = program;
    }

    /** The input symbols, in the order {@link #apply} takes the arrays. */
    public List<Sym> inputs() {
        return inputs;
    }

    /** The expressions, in the order of the outputs. */
    public List<Expr> outputs() {
        return outputs;
    }

    /** The number of NDArray operations per call. */
    public int operationCount() {
        return p.operationCount();
    }

    /**
     * The outputs for the input arrays (one per input symbol, in order).
     *
     * @throws IllegalArgumentException if the number of arrays differs from the number of inputs,
     *     or there are no inputs
     */
    public NDList apply(NDList in) {
        if (in.size() != inputs.size()) {
            throw new IllegalArgumentException(
                    "Expected " + inputs.size() + " arrays for " + inputs + ", found " + in.size());
        }
        if (in.isEmpty()) {
            throw new IllegalArgumentException(
                    "A function without inputs has no device or shape; give it at least one input");
        }
        NDArray first = in.get(0);
        try (NDManager scope = NDManager.subManagerOf(first)) {
            scope.tempAttachAll(in.toArray(new NDArray[0]));
            Shape shape = first.getShape();
            for (NDArray a : in) {
                shape = broadcastShape(shape, a.getShape());
            }
            NDArray[] v = new NDArray[p.size()];
            for (int i = 0; i < p.size(); i++) {
                if (p.kind[i] == Program.INPUT) {
                    v[i] = in.get(p.index[i]);
                } else if (p.kind[i] != Program.CONST) {
                    v[i] = compute(i, v, scope, first);
                }
            }
            NDList out = new NDList(p.outputs.length);
            for (int o : p.outputs) {
                NDArray r;
                if (p.kind[o] == Program.CONST) {
                    r = first.zerosLike().broadcast(shape).add(p.value[o]);
                } else {
                    r = v[o].getShape().equals(shape) ? v[o].duplicate() : v[o].broadcast(shape);
                }
                out.add(scope.ret(r));
            }
            return out;
        }
    }

    /** {@link #apply(NDList)} with the arrays as arguments. */
    public NDList apply(NDArray... in) {
        return apply(new NDList(in));
    }

    private NDArray compute(int i, NDArray[] v, NDManager scope, NDArray like) {
        int[] a = p.args[i];
        switch (p.kind[i]) {
            case Program.ADD:
                return isConst(a[0])
                        ? v[a[1]].add(p.value[a[0]])
                        : isConst(a[1]) ? v[a[0]].add(p.value[a[1]]) : v[a[0]].add(v[a[1]]);
            case Program.SUB:
                return isConst(a[1])
                        ? v[a[0]].sub(p.value[a[1]])
                        : isConst(a[0]) ? v[a[1]].neg().add(p.value[a[0]]) : v[a[0]].sub(v[a[1]]);
            case Program.MUL:
                return isConst(a[0])
                        ? v[a[1]].mul(p.value[a[0]])
                        : isConst(a[1]) ? v[a[0]].mul(p.value[a[1]]) : v[a[0]].mul(v[a[1]]);
            case Program.DIV:
                return isConst(a[1])
                        ? v[a[0]].div(p.value[a[1]])
                        : operand(a[0], v, scope, like).div(v[a[1]]);
            case Program.NEG:
                return v[a[0]].neg();
            case Program.SQRT:
                return v[a[0]].sqrt();
            case Program.POW:
                return isConst(a[1])
                        ? v[a[0]].pow(p.value[a[1]])
                        : operand(a[0], v, scope, like).pow(v[a[1]]);
            case Program.MATH:
                return math(p.index[i], v[a[0]]);
            case Program.USER:
                return user(i, a, v, scope, like);
            default:
                throw new IllegalStateException("Unknown instruction kind " + p.kind[i]);
        }
    }

    private boolean isConst(int i) {
        return p.kind[i] == Program.CONST;
    }

    /** The operand as an array: a constant becomes a scalar of the input's type and device. */
    private NDArray operand(int i, NDArray[] v, NDManager scope, NDArray like) {
        if (!isConst(i)) {
            return v[i];
        }
        return scope.create(p.value[i])
                .toDevice(like.getDevice(), false)
                .toType(like.getDataType(), false);
    }

    private static NDArray math(int f, NDArray x) {
        switch (Program.MATH_NAMES.get(f)) {
            case "sin":
                return x.sin();
            case "cos":
                return x.cos();
            case "tan":
                return x.tan();
            case "asin":
                return x.asin();
            case "acos":
                return x.acos();
            case "atan":
                return x.atan();
            case "sinh":
                return x.sinh();
            case "cosh":
                return x.cosh();
            case "tanh":
                return x.tanh();
            case "exp":
                return x.exp();
            case "log":
                return x.log();
            case "abs":
                return x.abs();
            case "signum":
                return x.sign();
            default:
                throw new IllegalStateException(
                        "No NDArray form of Math." + Program.MATH_NAMES.get(f));
        }
    }

    /** A user function: arguments copied to the host, evaluated pointwise, copied back. */
    private NDArray user(int i, int[] a, NDArray[] v, NDManager scope, NDArray like) {
        Shape shape = like.getShape();
        for (int x : a) {
            if (!isConst(x)) {
                shape = broadcastShape(shape, v[x].getShape());
            }
        }
        int n = (int) shape.size();
        double[][] cols = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            if (isConst(a[k])) {
                cols[k] = new double[n];
                java.util.Arrays.fill(cols[k], p.value[a[k]]);
            } else {
                cols[k] = v[a[k]].broadcast(shape).toDoubleArray();
            }
        }
        double[] out = new double[n];
        double[] args = new double[a.length];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < a.length; k++) {
                args[k] = cols[k][q];
            }
            out[q] = p.fns.get(p.index[i]).apply(args);
        }
        return scope.create(out, shape)
                .toDevice(like.getDevice(), false)
                .toType(like.getDataType(), false);
    }

    /** NumPy broadcasting of two shapes. */
    static Shape broadcastShape(Shape a, Shape b) {
        int n = Math.max(a.dimension(), b.dimension());
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long x = i < n - a.dimension() ? 1 : a.get(i - (n - a.dimension()));
            long y = i < n - b.dimension() ? 1 : b.get(i - (n - b.dimension()));
            if (x != y && x != 1 && y != 1) {
                throw new IllegalArgumentException(
                        "Input shapes " + a + " and " + b + " do not broadcast together");
            }
            out[i] = x == 1 ? y : x;
        }
        return new Shape(out);
    }
}
