package org.paramlab.symbolic.codegen;

import org.paramlab.symbolic.Add;
import org.paramlab.symbolic.Call;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Mul;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.Pow;
import org.paramlab.symbolic.Powers;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers expressions to a {@link Program}: the DAG is walked in post-order ({@link ExprWalk}), each
 * distinct node becomes instructions once, and identical instructions are shared again (so {@code
 * 2*x} or {@code x^2} inside different sums is computed once). The operations follow {@code
 * Expr.eval} exactly (same order of additions and multiplications, integer powers by {@link
 * Powers}), so compiled and interpreted values agree bitwise; operations on constants only are
 * folded with the same Java arithmetic.
 */
final class ProgramBuilder {
    private record Key(int kind, int index, long bits, List<Integer> args) {}

    private final List<Sym> inputs;
    private final Map<Sym, Integer> inputIndex = new HashMap<>();
    private final Map<Expr, Integer> defined = new HashMap<>();
    private final List<Integer> kinds = new ArrayList<>();
    private final List<int[]> args = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();
    private final Map<Key, Integer> interned = new HashMap<>();
    private final List<Op> fns = new ArrayList<>();
    private final Map<Op, Integer> fnIndex = new IdentityHashMap<>();

    private ProgramBuilder(List<Sym> inputs) {
        this.inputs = inputs;
        for (int i = 0; i < inputs.size(); i++) {
            if (inputIndex.put(inputs.get(i), i) != null) {
                throw new IllegalArgumentException(
                        "The input " + inputs.get(i) + " is listed twice in " + inputs);
            }
        }
    }

    /**
     * The program computing {@code outputs} from {@code inputs}.
     *
     * @throws IllegalArgumentException if an output has a symbol that is not an input, a pattern
     *     variable, or a user function without a numeric implementation
     */
    static Program build(List<? extends Expr> outputs, List<Sym> inputs) {
        return build(outputs, inputs, Map.of());
    }

    /**
     * The program computing {@code outputs} from {@code inputs}, where each symbol of {@code
     * definitions} (in order, each using inputs and earlier definitions) stands for its value.
     *
     * @throws IllegalArgumentException as {@link #build(List, List)}, or if a definition names an
     *     input or uses a later definition
     */
    static Program build(
            List<? extends Expr> outputs, List<Sym> inputs, Map<Sym, Expr> definitions) {
        ProgramBuilder b = new ProgramBuilder(inputs);
        Set<Sym> known = new LinkedHashSet<>(inputs);
        Map<Expr, Integer> memo = new IdentityHashMap<>();
        for (Map.Entry<Sym, Expr> d : definitions.entrySet()) {
            if (b.inputIndex.containsKey(d.getKey())) {
                throw new IllegalArgumentException(
                        "The definition " + d.getKey() + " has the name of an input");
            }
            checkKnown(List.of(d.getValue()), known, inputs);
            for (Expr e : postOrder(List.of(d.getValue()))) {
                if (!memo.containsKey(e)) {
                    memo.put(e, b.lower(e, memo));
                }
            }
            b.defined.put(d.getKey(), memo.get(d.getValue()));
            known.add(d.getKey());
        }
        checkKnown(outputs, known, inputs);
        for (Expr e : postOrder(outputs)) {
            if (memo.containsKey(e)) {
                continue;
            }
            memo.put(e, b.lower(e, memo));
        }
        int[] out = new int[outputs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = memo.get(outputs.get(i));
        }
        return b.finish(out);
    }

    /**
     * The nodes the lowering reads, children first: a sum's terms (not the coefficient·term
     * products of {@code args()}), a product's bases and symbolic exponents, a power's base and
     * exponent, a call's arguments.
     */
    static List<Expr> postOrder(List<? extends Expr> roots) {
        List<Expr> out = new ArrayList<>();
        Set<Expr> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Expr> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> next = new java.util.ArrayDeque<>();
        for (Expr r : roots) {
            if (!seen.add(r)) {
                continue;
            }
            stack.push(r);
            next.push(0);
            while (!stack.isEmpty()) {
                Expr e = stack.peek();
                int i = next.pop();
                Expr child = child(e, i);
                if (child == null) {
                    stack.pop();
                    out.add(e);
                } else {
                    next.push(i + 1);
                    if (seen.add(child)) {
                        stack.push(child);
                        next.push(0);
                    }
                }
            }
        }
        return out;
    }

    /** Child {@code i} in the order of {@link #postOrder}, or null past the last. */
    private static Expr child(Expr e, int i) {
        if (e instanceof Add) {
            Add a = (Add) e;
            return i < a.size() ? a.term(i) : null;
        }
        if (e instanceof Mul) {
            Mul m = (Mul) e;
            return i < m.size() ? m.base(i) : i < 2 * m.size() ? m.exponent(i - m.size()) : null;
        }
        if (e instanceof Pow) {
            return i == 0 ? ((Pow) e).base() : i == 1 ? ((Pow) e).exponent() : null;
        }
        return i < e.arity() ? e.arg(i) : null;
    }

    private static void checkKnown(List<? extends Expr> exprs, Set<Sym> known, List<Sym> inputs) {
        Set<Sym> missing = new LinkedHashSet<>(ExprWalk.freeSymbols(exprs));
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "The symbols "
                            + missing
                            + " occur in the expressions but are not inputs "
                            + inputs
                            + " (or earlier definitions); add them to the inputs or substitute"
                            + " values with subs()");
        }
    }

    private Program finish(int[] out) {
        int n = kinds.size();
        int[] kind = new int[n];
        double[] value = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            kind[i] = kinds.get(i);
            value[i] = values.get(i);
            index[i] = indices.get(i);
        }
        return new Program(kind, args.toArray(new int[0][]), value, index, out, inputs, fns);
    }

    private int lower(Expr e, Map<Expr, Integer> memo) {
        switch (e.op().kind()) {
            case NUMBER:
                return constant(((Num) e).doubleValue());
            case SYMBOL:
                {
                    Integer d = defined.get(e);
                    return d != null ? d : emit(Program.INPUT, inputIndex.get(e));
                }
            case ADD:
                return sum((Add) e, memo);
            case MUL:
                return product((Mul) e, memo);
            case POW:
                {
                    Pow p = (Pow) e;
                    return power(memo.get(p.base()), p.exponent(), memo);
                }
            case FUNCTION:
                return call((Call) e, memo);
            default:
                throw new IllegalArgumentException(
                        "The pattern variable " + e + " cannot be compiled; substitute it first");
        }
    }

    private int sum(Add a, Map<Expr, Integer> memo) {
        int acc = a.constant().isZero() ? -1 : constant(a.constant().doubleValue());
        for (int i = 0; i < a.size(); i++) {
            int t = memo.get(a.term(i));
            double c = a.coefficient(i).doubleValue();
            if (c == 1) {
                acc = acc < 0 ? t : emit(Program.ADD, 0, acc, t);
            } else if (c == -1) {
                acc = acc < 0 ? emit(Program.NEG, 0, t) : emit(Program.SUB, 0, acc, t);
            } else {
                int v = emit(Program.MUL, 0, constant(c), t);
                acc = acc < 0 ? v : emit(Program.ADD, 0, acc, v);
            }
        }
        return acc;
    }

    private int product(Mul m, Map<Expr, Integer> memo) {
        double c = m.coefficient().doubleValue();
        int acc = -1;
        for (int i = 0; i < m.size(); i++) {
            int f = power(memo.get(m.base(i)), m.exponent(i), memo);
            if (acc < 0) {
                acc = c == 1 || c == -1 ? f : emit(Program.MUL, 0, constant(c), f);
            } else {
                acc = emit(Program.MUL, 0, acc, f);
            }
        }
        return c == -1 ? emit(Program.NEG, 0, acc) : acc;
    }

    /** b^e, as {@code Expr.eval} computes it. */
    private int power(int b, Expr e, Map<Expr, Integer> memo) {
        if (e instanceof Num) {
            Num n = (Num) e;
            if (n.isSmallInteger()) {
                int k = n.rational().intValueExact();
                if (k == 0) {
                    return constant(1.0);
                }
                int p = positivePower(b, Math.abs((long) k));
                return k > 0 ? p : emit(Program.DIV, 0, constant(1.0), p);
            }
            if (n.isExact() && n.rational().equals(Rational.HALF)) {
                return emit(Program.SQRT, 0, b);
            }
            if (n.isExact() && n.rational().equals(Rational.HALF.negate())) {
                return emit(Program.DIV, 0, constant(1.0), emit(Program.SQRT, 0, b));
            }
            return emit(Program.POW, 0, b, constant(n.doubleValue()));
        }
        return emit(Program.POW, 0, b, memo.get(e));
    }

    /** Binary powering exactly as {@link Powers#integerPower}. */
    private int positivePower(int x, long n) {
        int result = -1;
        int square = x;
        while (true) {
            if ((n & 1) != 0) {
                result = result < 0 ? square : emit(Program.MUL, 0, result, square);
            }
            n >>>= 1;
            if (n == 0) {
                return result;
            }
            square = emit(Program.MUL, 0, square, square);
        }
    }

    private int call(Call c, Map<Expr, Integer> memo) {
        Op op = c.op();
        int[] a = new int[c.arity()];
        for (int i = 0; i < a.length; i++) {
            a[i] = memo.get(c.arg(i));
        }
        int builtin = Program.MATH_OPS.indexOf(op);
        if (builtin >= 0) {
            return emit(Program.MATH, builtin, a);
        }
        if (!op.hasNumeric()) {
            throw new IllegalArgumentException(
                    "The user function "
                            + op.name()
                            + " has no numeric implementation to compile; define it with"
                            + " Op.define(\""
                            + op.name()
                            + "\", "
                            + op.arity()
                            + ", impl, partials)");
        }
        Integer k = fnIndex.get(op);
        if (k == null) {
            k = fns.size();
            fns.add(op);
            fnIndex.put(op, k);
        }
        return emit(Program.USER, k, a);
    }

    private int constant(double v) {
        return emitRaw(Program.CONST, 0, Double.doubleToRawLongBits(v), v);
    }

    private int emit(int kind, int index, int... operands) {
        boolean allConstant = kind != Program.INPUT;
        for (int a : operands) {
            allConstant &= kinds.get(a) == Program.CONST;
        }
        if (allConstant && operands.length > 0) {
            double[] v = new double[operands.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(operands[i]);
            }
            return constant(fold(kind, index, v));
        }
        Key key = new Key(kind, index, 0, Arrays.stream(operands).boxed().toList());
        Integer done = interned.get(key);
        if (done != null) {
            return done;
        }
        int id = kinds.size();
        kinds.add(kind);
        args.add(operands);
        values.add(0.0);
        indices.add(index);
        interned.put(key, id);
        return id;
    }

    private int emitRaw(int kind, int index, long bits, double v) {
        Key key = new Key(kind, index, bits, List.of());
        Integer done = interned.get(key);
        if (done != null) {
            return done;
        }
        int id = kinds.size();
        kinds.add(kind);
        args.add(new int[0]);
        values.add(v);
        indices.add(index);
        interned.put(key, id);
        return id;
    }

    /** The value of an operation on constants, computed as the generated code would. */
    private double fold(int kind, int index, double[] v) {
        switch (kind) {
            case Program.ADD:
                return v[0] + v[1];
            case Program.SUB:
                return v[0] - v[1];
            case Program.MUL:
                return v[0] * v[1];
            case Program.DIV:
                return v[0] / v[1];
            case Program.NEG:
                return -v[0];
            case Program.SQRT:
                return Math.sqrt(v[0]);
            case Program.POW:
                return Math.pow(v[0], v[1]);
            case Program.MATH:
                return Program.MATH_OPS.get(index).apply(v);
            case Program.USER:
                return fns.get(index).apply(v);
            default:
                throw new IllegalStateException("Cannot fold instruction kind " + kind);
        }
    }
}
