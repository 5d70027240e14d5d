package org.paramlab.symbolic;

import org.paramlab.viz.LatexForm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable symbolic expression: a node of a hash-consed DAG. Every node is interned, so two
 * structurally equal expressions are the same object and {@code ==} is equality; hashes and ids are
 * computed once. Sums, products and powers are kept in canonical form on construction (coefficient
 * plus sorted terms, as SymEngine's and SymbolicUtils' Add/Mul/Pow): {@code x + x} is {@code 2*x},
 * {@code x*x} is {@code x^2}, {@code 2*(3*x)} is {@code 6*x}, and the order of operands never
 * matters.
 *
 * <p>The term interface that rewriters, the e-graph and code generation share is {@link #op()},
 * {@link #args()} and {@link #withArgs(List)}: {@code e.withArgs(e.args()) == e} for every node.
 * The kinds are {@link Num}, {@link Sym}, {@link Wild}, {@link Add}, {@link Mul}, {@link Pow} and
 * {@link Call}.
 *
 * <pre>{@code
 * Sym x = Sym.of("x"), y = Sym.of("y");
 * Expr f = x.pow(2).plus(Expr.sin(y).div(3));   // x^2 + sin(y)/3
 * f.eval(Map.of(x, 2.0, y, 0.0));               // 4.0
 * f.plus(x).plus(x).toString();                 // "x^2 + 2*x + sin(y)/3"
 * }</pre>
 *
 * <p>The intern table holds nodes weakly: an expression nobody references is collected.
 */
public abstract sealed class Expr implements LatexForm, Comparable<Expr>
        permits Num, Sym, Wild, Add, Mul, Pow, Call {
    private final int hash;
    private final long treeSize;
    long id; // set once by the intern table

    Expr(int hash, long treeSize) {
        this.hash = hash;
        this.treeSize = treeSize;
    }

    /** Interns a freshly built candidate node: returns the existing equal node or registers it. */
    @SuppressWarnings("unchecked")
    static <T extends Expr> T intern(T candidate) {
        return (T) InternTable.INSTANCE.intern(candidate);
    }

    /** Shallow structural equality used by the intern table (children compared by identity). */
    abstract boolean sameNode(Expr other);

    // ---------------------------------------------------------------- the term interface

    /** The head operation. */
    public abstract Op op();

    /**
     * The arguments in canonical order. For a sum: the constant (if non-zero), then each
     * coefficient·term; for a product: the coefficient (if not one), then each base^exponent; for a
     * power: base and exponent; for a call: its arguments; atoms have none.
     */
    public abstract List<Expr> args();

    /** The number of {@link #args()}. */
    public int arity() {
        return args().size();
    }

    /** Argument {@code i} of {@link #args()}. */
    public Expr arg(int i) {
        return args().get(i);
    }

    /**
     * The same head applied to new arguments, canonicalised (so a sum of rewritten arguments is
     * combined again): {@code e.withArgs(e.args()) == e}.
     *
     * @throws IllegalArgumentException if the argument count does not fit the head (an atom takes
     *     none, a power two, a call its arity)
     */
    public abstract Expr withArgs(List<Expr> args);

    /** True for numbers, symbols and pattern variables. */
    public boolean isAtom() {
        return false;
    }

    /** True for {@link Num}. */
    public boolean isNumber() {
        return false;
    }

    /** True for the exact number 0. */
    public boolean isZero() {
        return false;
    }

    /** True for the exact number 1. */
    public boolean isOne() {
        return false;
    }

    /** A number unique to this node for the lifetime of the JVM (creation order). */
    public long id() {
        return id;
    }

    /** The number of nodes in the tree view (shared subterms counted each time), saturating. */
    public long treeSize() {
        return treeSize;
    }

    // ---------------------------------------------------------------- arithmetic

    /** this + o. */
    public Expr plus(Expr o) {
        return Add.of(this, o);
    }

    /** this + n. */
    public Expr plus(long n) {
        return Add.of(this, Num.of(n));
    }

    /** this − o. */
    public Expr minus(Expr o) {
        return Add.of(this, o.negate());
    }

    /** this − n. */
    public Expr minus(long n) {
        return Add.of(this, Num.of(-n));
    }

    /** this · o. */
    public Expr times(Expr o) {
        return Mul.of(this, o);
    }

    /** this · n. */
    public Expr times(long n) {
        return Mul.of(Num.of(n), this);
    }

    /**
     * this / o.
     *
     * @throws ArithmeticException if {@code o} is the exact number 0
     */
    public Expr div(Expr o) {
        return Mul.of(this, Pow.of(o, Num.MINUS_ONE));
    }

    /**
     * this / n.
     *
     * @throws ArithmeticException if {@code n} is 0
     */
    public Expr div(long n) {
        return Mul.of(Num.of(Rational.of(1, n)), this);
    }

    /** −this. */
    public Expr negate() {
        return Mul.of(Num.MINUS_ONE, this);
    }

    /**
     * this^e.
     *
     * @throws ArithmeticException for 0 raised to a negative number
     */
    public Expr pow(Expr e) {
        return Pow.of(this, e);
    }

    /** this^n. */
    public Expr pow(long n) {
        return Pow.of(this, Num.of(n));
    }

    // ---------------------------------------------------------------- common functions

    /** sin(e). */
    public static Expr sin(Expr e) {
        return Call.of(Op.SIN, List.of(e));
    }

    /** cos(e). */
    public static Expr cos(Expr e) {
        return Call.of(Op.COS, List.of(e));
    }

    /** tan(e). */
    public static Expr tan(Expr e) {
        return Call.of(Op.TAN, List.of(e));
    }

    /** exp(e). */
    public static Expr exp(Expr e) {
        return Call.of(Op.EXP, List.of(e));
    }

    /** log(e), the natural logarithm. */
    public static Expr log(Expr e) {
        return Call.of(Op.LOG, List.of(e));
    }

    /** tanh(e). */
    public static Expr tanh(Expr e) {
        return Call.of(Op.TANH, List.of(e));
    }

    /** |e|. */
    public static Expr abs(Expr e) {
        return Call.of(Op.ABS, List.of(e));
    }

    /** √e, represented as e^(1/2). */
    public static Expr sqrt(Expr e) {
        return Pow.of(e, Num.HALF);
    }

    // ---------------------------------------------------------------- evaluation, substitution

    /**
     * The value with each symbol replaced by its binding, computed once per distinct subterm.
     *
     * @throws IllegalArgumentException if a symbol has no binding, the expression holds a pattern
     *     variable, or a user function has no numeric implementation
     */
    public double eval(Map<? extends Expr, ? extends Number> values) {
        return new DoubleEvaluator(values).eval(this);
    }

    /**
     * This expression with every occurrence of each key (usually a symbol) replaced by its value,
     * canonicalised. Replacement is simultaneous and works on the DAG (each distinct subterm once).
     */
    public Expr subs(Map<? extends Expr, ? extends Expr> replacements) {
        return substitute(this, replacements, new IdentityHashMap<>());
    }

    /** {@code subs(Map.of(from, to))}. */
    public Expr subs(Expr from, Expr to) {
        return subs(Map.of(from, to));
    }

    private static Expr substitute(
            Expr e, Map<? extends Expr, ? extends Expr> r, IdentityHashMap<Expr, Expr> memo) {
        Expr direct = r.get(e);
        if (direct != null) {
            return direct;
        }
        if (e.isAtom()) {
            return e;
        }
        Expr done = memo.get(e);
        if (done != null) {
            return done;
        }
        List<Expr> args = e.args();
        List<Expr> out = new ArrayList<>(args.size());
        boolean changed = false;
        for (Expr a : args) {
            Expr b = substitute(a, r, memo);
            changed |= b != a;
            out.add(b);
        }
        Expr result = changed ? e.withArgs(out) : e;
        memo.put(e, result);
        return result;
    }

    /** True when {@code s} occurs in this expression. */
    public boolean has(Expr s) {
        return ExprWalk.contains(this, s);
    }

    /** The expanded form: products and integer powers of sums multiplied out, recursively. */
    public Expr expand() {
        return Expansion.expand(this);
    }

    // ---------------------------------------------------------------- identity and text

    /** Identity: nodes are interned, so structural equality is {@code ==}. */
    @Override
    public final boolean equals(Object o) {
        return this == o;
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    /**
     * The canonical order: by hash, then structurally (stable across runs; not the display order).
     */
    @Override
    public final int compareTo(Expr o) {
        return ExprOrder.compare(this, o);
    }

    /** The plain text form, which {@code ExprParser.parse} reads back to this same node. */
    @Override
    public final String toString() {
        return TextPrinter.print(this);
    }

    /** The LaTeX form, e.g. {@code \frac{\sin\left(y\right)}{3} + x^{2}}. */
    @Override
    public final String latex() {
        return LatexPrinter.print(this);
    }
}
