package org.paramlab.symbolic;

import java.util.List;
import java.util.Objects;

/**
 * A named function applied to arguments, such as {@code sin(x)} or a user's {@code f(x, y)}. On
 * construction, built-ins fold at the obvious exact points (sin 0 = 0, cos 0 = 1, exp 0 = 1, log 1
 * = 0, |−3| = 3, ...) and any function with a numeric implementation is evaluated when every
 * argument is a double. Nothing else is simplified here; identities such as sin² + cos² = 1 are
 * rewrite rules.
 */
public final class Call extends Expr {
    private final Op op;
    private final Expr[] args;
    private final List<Expr> argList;

    private Call(Op op, Expr[] args) {
        super(hash(op, args), size(args));
        this.op = op;
        this.args = args;
        this.argList = List.of(args);
    }

    private static int hash(Op op, Expr[] args) {
        int h = Hashing.mix(8, op.name().hashCode());
        for (Expr a : args) {
            h = Hashing.mix(h, a.hashCode());
        }
        return Hashing.finish(h);
    }

    private static long size(Expr[] args) {
        long s = 1;
        for (Expr a : args) {
            s = Hashing.addSize(s, a.treeSize());
        }
        return s;
    }

    /**
     * {@code op(args)}, canonicalised.
     *
     * @throws IllegalArgumentException if {@code op} is not a function or the count differs
     */
    public static Expr of(Op op, List<Expr> args) {
        Objects.requireNonNull(op, "op");
        if (!op.isFunction()) {
            throw new IllegalArgumentException(
                    op + " is not a function op; use Add, Mul or Pow for arithmetic");
        }
        if (args.size() != op.arity()) {
            throw new IllegalArgumentException(
                    op + " takes " + op.arity() + " argument(s), found " + args.size());
        }
        Expr folded = Builtins.fold(op, args);
        if (folded != null) {
            return folded;
        }
        return intern(new Call(op, args.toArray(new Expr[0])));
    }

    @Override
    boolean sameNode(Expr other) {
        if (!(other instanceof Call)) {
            return false;
        }
        Call c = (Call) other;
        if (c.op != op || c.args.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (c.args[i] != args[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Op op() {
        return op;
    }

    @Override
    public List<Expr> args() {
        return argList;
    }

    @Override
    public int arity() {
        return args.length;
    }

    @Override
    public Expr arg(int i) {
        return args[i];
    }

    @Override
    public Expr withArgs(List<Expr> newArgs) {
        return of(op, newArgs);
    }
}
