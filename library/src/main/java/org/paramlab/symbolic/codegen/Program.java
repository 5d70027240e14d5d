package org.paramlab.symbolic.codegen;

import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Sym;

import java.util.List;

/**
 * The straight-line program that every compiled form is emitted from: one instruction per distinct
 * double operation, in topological order (operands before users), with common subexpressions
 * shared. Instructions are numbered 0 … size−1; an operand is the number of another instruction.
 */
final class Program {
    static final int CONST = 0;
    static final int INPUT = 1;
    static final int ADD = 2;
    static final int SUB = 3;
    static final int MUL = 4;
    static final int DIV = 5;
    static final int NEG = 6;
    static final int SQRT = 7;
    static final int POW = 8;

    /** A one-argument {@code java.lang.Math} function, named by {@link #MATH_NAMES}. */
    static final int MATH = 9;

    /** A user function, called through its {@link Op.Numeric}. */
    static final int USER = 10;

    /** The {@code java.lang.Math} method of each built-in function op, in {@code index} order. */
    static final List<String> MATH_NAMES =
            List.of(
                    "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp",
                    "log", "abs", "signum");

    /** The built-in ops, parallel to {@link #MATH_NAMES}. */
    static final List<Op> MATH_OPS =
            List.of(
                    Op.SIN, Op.COS, Op.TAN, Op.ASIN, Op.ACOS, Op.ATAN, Op.SINH, Op.COSH, Op.TANH,
                    Op.EXP, Op.LOG, Op.ABS, Op.SIGN);

    final int[] kind;

    /** Operands: {@code args[i]} (empty for constants and inputs). */
    final int[][] args;

    /** CONST: the value. */
    final double[] value;

    /** INPUT: the input's position; MATH: index in MATH_NAMES; USER: index in {@link #fns}. */
    final int[] index;

    /** Instruction of each output. */
    final int[] outputs;

    final List<Sym> inputs;
    final List<Op> fns;

    Program(
            int[] kind,
            int[][] args,
            double[] value,
            int[] index,
            int[] outputs,
            List<Sym> inputs,
            List<Op> fns) {
        this.kind = kind;
        this.args = args;
        this.value = value;
        this.index = index;
        this.outputs = outputs;
        this.inputs = List.copyOf(inputs);
        this.fns = List.copyOf(fns);
    }

    int size() {
        return kind.length;
    }

    /** True for constants and inputs, which are loaded where used rather than computed. */
    boolean isLeaf(int i) {
        return kind[i] == CONST || kind[i] == INPUT;
    }

    /** The number of arithmetic instructions (everything but constants and inputs). */
    int operationCount() {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            n += isLeaf(i) ? 0 : 1;
        }
        return n;
    }

    /** How often each instruction is an operand or an output. */
    int[] useCounts() {
        int[] uses = new int[size()];
        for (int[] a : args) {
            for (int x : a) {
                uses[x]++;
            }
        }
        for (int o : outputs) {
            uses[o]++;
        }
        return uses;
    }
}
