package org.paramlab.symbolic;

import java.util.List;
import java.util.Objects;

/**
 * A pattern variable {@code ~x} of a rewrite rule: it matches any expression, and every occurrence
 * in one pattern must match the same one. It has no numeric value.
 */
public final class Wild extends Expr {
    private final String name;

    private Wild(String name) {
        super(Hashing.finish(Hashing.mix(4, name.hashCode())), 1);
        this.name = name;
    }

    /**
     * The pattern variable {@code ~name}.
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier
     */
    public static Wild of(String name) {
        Objects.requireNonNull(name, "name");
        if (!Sym.isIdentifier(name)) {
            throw new IllegalArgumentException(
                    "Pattern variable name must be an identifier, found '" + name + "'");
        }
        return intern(new Wild(name));
    }

    /** The name, without the {@code ~}. */
    public String name() {
        return name;
    }

    @Override
    boolean sameNode(Expr other) {
        return other instanceof Wild && ((Wild) other).name.equals(name);
    }

    @Override
    public boolean isAtom() {
        return true;
    }

    @Override
    public Op op() {
        return Op.WILDCARD;
    }

    @Override
    public List<Expr> args() {
        return List.of();
    }

    @Override
    public Expr withArgs(List<Expr> args) {
        Atoms.checkNoArgs(this, args);
        return this;
    }
}
