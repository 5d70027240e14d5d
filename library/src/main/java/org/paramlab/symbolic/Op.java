package org.paramlab.symbolic;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operation at the head of an expression: one of the structural kinds (number, symbol, pattern
 * variable, sum, product, power) or a named function such as {@code sin} or a user's {@code f}.
 * Rewriters, the e-graph and code generation dispatch on {@link #kind()} and, for functions, on the
 * {@code Op} itself: built-in functions are the constants below, compared with {@code ==}.
 *
 * <p>A function op knows how to evaluate itself on doubles ({@link #apply(double...)}) and its
 * partial derivatives ({@link #partial(int, List)}). User functions come from {@link
 * #function(String, int)} (undefined: symbolic only) or {@link #define(String, int, Numeric,
 * Partial)}. Square roots are powers ({@code sqrt(x)} is {@code x^(1/2)}), not functions.
 */
public final class Op {
    /** The structural kinds of expressions. */
    public enum Kind {
        /** An exact rational or a double ({@link Num}). */
        NUMBER,
        /** A named variable ({@link Sym}). */
        SYMBOL,
        /** A pattern variable {@code ~x}, only in rewrite rules ({@link Wild}). */
        WILDCARD,
        /** A canonical sum ({@link Add}). */
        ADD,
        /** A canonical product ({@link Mul}). */
        MUL,
        /** A power {@code base^exponent} ({@link Pow}). */
        POW,
        /** A named function applied to arguments ({@link Call}). */
        FUNCTION
    }

    /** Numeric implementation of a function op. */
    @FunctionalInterface
    public interface Numeric {
        /** The value at {@code args} (length = the op's arity). */
        double apply(double[] args);
    }

    /** Symbolic partial derivatives of a function op. */
    @FunctionalInterface
    public interface Partial {
        /** ∂f/∂(argument {@code i}) at {@code args}. */
        Expr partial(int i, List<Expr> args);
    }

    private static final Map<String, Op> FUNCTIONS = new ConcurrentHashMap<>();

    /** Head of numbers. */
    public static final Op NUMBER = new Op("number", Kind.NUMBER, 0, null, null, false);

    /** Head of symbols. */
    public static final Op SYMBOL = new Op("symbol", Kind.SYMBOL, 0, null, null, false);

    /** Head of pattern variables. */
    public static final Op WILDCARD = new Op("wildcard", Kind.WILDCARD, 0, null, null, false);

    /** Head of sums; variadic. */
    public static final Op ADD = new Op("+", Kind.ADD, -1, null, null, false);

    /** Head of products; variadic. */
    public static final Op MUL = new Op("*", Kind.MUL, -1, null, null, false);

    /** Head of powers; binary (base, exponent). */
    public static final Op POW = new Op("^", Kind.POW, 2, null, null, false);

    /** Sine. */
    public static final Op SIN = builtin("sin", a -> Math.sin(a[0]), Builtins::dSin);

    /** Cosine. */
    public static final Op COS = builtin("cos", a -> Math.cos(a[0]), Builtins::dCos);

    /** Tangent. */
    public static final Op TAN = builtin("tan", a -> Math.tan(a[0]), Builtins::dTan);

    /** Arcsine. */
    public static final Op ASIN = builtin("asin", a -> Math.asin(a[0]), Builtins::dAsin);

    /** Arccosine. */
    public static final Op ACOS = builtin("acos", a -> Math.acos(a[0]), Builtins::dAcos);

    /** Arctangent. */
    public static final Op ATAN = builtin("atan", a -> Math.atan(a[0]), Builtins::dAtan);

    /** Hyperbolic sine. */
    public static final Op SINH = builtin("sinh", a -> Math.sinh(a[0]), Builtins::dSinh);

    /** Hyperbolic cosine. */
    public static final Op COSH = builtin("cosh", a -> Math.cosh(a[0]), Builtins::dCosh);

    /** Hyperbolic tangent. */
    public static final Op TANH = builtin("tanh", a -> Math.tanh(a[0]), Builtins::dTanh);

    /** Exponential e^x. */
    public static final Op EXP = builtin("exp", a -> Math.exp(a[0]), Builtins::dExp);

    /** Natural logarithm. */
    public static final Op LOG = builtin("log", a -> Math.log(a[0]), Builtins::dLog);

    /** Absolute value; its derivative is {@code sign(x)} (taken as 0 at 0). */
    public static final Op ABS = builtin("abs", a -> Math.abs(a[0]), Builtins::dAbs);

    /** Sign: -1, 0 or 1; derivative 0 almost everywhere. */
    public static final Op SIGN = builtin("sign", a -> Math.signum(a[0]), (i, args) -> Num.ZERO);

    private final String name;
    private final Kind kind;
    private final int arity;
    private final Numeric numeric;
    private final Partial partial;
    private final boolean builtin;

    private Op(
            String name, Kind kind, int arity, Numeric numeric, Partial partial, boolean builtin) {
        this.name = name;
        this.kind = kind;
        this.arity = arity;
        this.numeric = numeric;
        this.partial = partial;
        this.builtin = builtin;
    }

    private static Op builtin(String name, Numeric f, Partial d) {
        Op op = new Op(name, Kind.FUNCTION, 1, f, d, true);
        FUNCTIONS.put(name, op);
        return op;
    }

    /**
     * The function op called {@code name} with {@code arity} arguments: the built-in one for a
     * built-in name, the user function defined last under that name and arity, or a new undefined
     * user function (symbolic only: evaluating or differentiating it throws). User functions of
     * different arities are different functions ({@code f(x)} and {@code f(x, y)} may coexist).
     *
     * @throws IllegalArgumentException if the name is not an identifier, or names a built-in
     *     function of another arity
     */
    public static Op function(String name, int arity) {
        checkName(name, arity);
        Op builtin = FUNCTIONS.get(name);
        if (builtin != null) {
            if (builtin.arity != arity) {
                throw new IllegalArgumentException(
                        "Function "
                                + name
                                + " takes "
                                + builtin.arity
                                + " argument(s), found "
                                + arity);
            }
            return builtin;
        }
        return FUNCTIONS.computeIfAbsent(
                key(name, arity), k -> new Op(name, Kind.FUNCTION, arity, null, null, false));
    }

    /**
     * Defines (or redefines) the user function {@code name} of {@code arity} arguments with a
     * numeric implementation and partial derivatives (either may be null). Expressions built before
     * a redefinition keep the old op, which no longer equals the new one.
     *
     * @throws IllegalArgumentException if the name is a built-in function or not an identifier
     */
    public static Op define(String name, int arity, Numeric numeric, Partial partial) {
        checkName(name, arity);
        if (FUNCTIONS.containsKey(name)) {
            throw new IllegalArgumentException(
                    "Cannot redefine the built-in function " + name + "; choose another name");
        }
        Op op = new Op(name, Kind.FUNCTION, arity, numeric, partial, false);
        FUNCTIONS.put(key(name, arity), op);
        return op;
    }

    /** Registry key of a user function; built-ins are keyed by bare name. */
    private static String key(String name, int arity) {
        return name + "/" + arity;
    }

    private static void checkName(String name, int arity) {
        Objects.requireNonNull(name, "name");
        if (!Sym.isIdentifier(name)) {
            throw new IllegalArgumentException(
                    "Function name must be an identifier (letter, then letters, digits or _),"
                            + " found '"
                            + name
                            + "'");
        }
        if (arity < 1) {
            throw new IllegalArgumentException(
                    "Function " + name + " needs at least one argument, found arity " + arity);
        }
    }

    /** The op's name: {@code "sin"}, {@code "+"}, {@code "*"}, {@code "^"}, {@code "number"}... */
    public String name() {
        return name;
    }

    /** The structural kind. */
    public Kind kind() {
        return kind;
    }

    /** The number of arguments, or -1 for the variadic sum and product. */
    public int arity() {
        return arity;
    }

    /** True for the built-in functions (sin, cos, ..., sign). */
    public boolean isBuiltin() {
        return builtin;
    }

    /** True for a named function (built-in or user). */
    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** True when {@link #apply(double...)} works. */
    public boolean hasNumeric() {
        return numeric != null || kind == Kind.ADD || kind == Kind.MUL || kind == Kind.POW;
    }

    /**
     * The op applied to doubles: the function's value, or the sum, product or power.
     *
     * @throws IllegalArgumentException if the op is a user function without an implementation, an
     *     atom, or the argument count is wrong
     */
    public double apply(double... args) {
        switch (kind) {
            case ADD:
                double s = 0;
                for (double a : args) {
                    s += a;
                }
                return s;
            case MUL:
                double p = 1;
                for (double a : args) {
                    p *= a;
                }
                return p;
            case POW:
                checkArgs(args.length);
                return Math.pow(args[0], args[1]);
            case FUNCTION:
                checkArgs(args.length);
                if (numeric == null) {
                    throw new IllegalArgumentException(
                            "Function "
                                    + name
                                    + " has no numeric implementation; give one with"
                                    + " Op.define(\""
                                    + name
                                    + "\", "
                                    + arity
                                    + ", impl, partials)");
                }
                return numeric.apply(args);
            default:
                throw new IllegalArgumentException("The atom head " + name + " cannot be applied");
        }
    }

    private void checkArgs(int n) {
        if (n != arity) {
            throw new IllegalArgumentException(
                    name + " takes " + arity + " argument(s), found " + n);
        }
    }

    /**
     * ∂f/∂(argument {@code i}) at {@code args}, for a function op.
     *
     * @throws IllegalArgumentException if the op is not a function, {@code i} is out of range, or
     *     the user function has no partial derivatives
     */
    public Expr partial(int i, List<Expr> args) {
        if (kind != Kind.FUNCTION) {
            throw new IllegalArgumentException(name + " is not a function op");
        }
        if (i < 0 || i >= arity) {
            throw new IllegalArgumentException(
                    "Argument index " + i + " out of range for " + name + "/" + arity);
        }
        if (partial == null) {
            throw new IllegalArgumentException(
                    "No derivative known for the user function "
                            + name
                            + "; give one with Op.define(\""
                            + name
                            + "\", "
                            + arity
                            + ", impl, partials)");
        }
        return partial.partial(i, args);
    }

    /**
     * This function applied to {@code args}, in canonical form (e.g. {@code Op.SIN.of(x)}).
     *
     * @throws IllegalArgumentException if this is not a function op or the count is wrong
     */
    public Expr of(Expr... args) {
        return Call.of(this, List.of(args));
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}
